package nl.betrokken.security;

import java.time.OffsetDateTime;

public record UserView(
        long id,
        String username,
        String displayName,
        Role role,
        Long municipalityId,
        Long boardId,
        Long institutionId,
        boolean active,
        boolean mustChangePassword,
        OffsetDateTime lastLoginAt) {

    static UserView of(UserAccount account) {
        return new UserView(
                account.id,
                account.username,
                account.displayName,
                account.role,
                account.municipalityId,
                account.boardId,
                account.institutionId,
                account.active,
                account.mustChangePassword,
                account.lastLoginAt);
    }

    static UserView of(AuthenticatedUser user) {
        return new UserView(
                user.id(),
                user.username(),
                user.displayName(),
                user.role(),
                user.municipalityId(),
                user.boardId(),
                user.institutionId(),
                true,
                user.mustChangePassword(),
                null);
    }
}
