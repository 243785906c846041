package nl.betrokken.security;

import java.time.OffsetDateTime;

/** A token as its owner sees it in the list: never the token itself. */
public record ApiTokenView(
        long id,
        String name,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt,
        boolean revoked,
        boolean usable) {

    static ApiTokenView of(ApiToken token, OffsetDateTime now) {
        return new ApiTokenView(
                token.id,
                token.name,
                token.createdAt,
                token.expiresAt,
                token.lastUsedAt,
                token.revokedAt != null,
                token.usable(now));
    }
}
