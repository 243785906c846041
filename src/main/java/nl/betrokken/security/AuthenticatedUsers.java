package nl.betrokken.security;

import jakarta.enterprise.context.ApplicationScoped;

/** Makes the view of an account that requests carry: its organisation ids filled in up the tree. */
@ApplicationScoped
public class AuthenticatedUsers {

    private final OrganisationDirectory organisations;

    public AuthenticatedUsers(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    AuthenticatedUser of(UserAccount account) {
        var placement = organisations.placement(account.municipalityId, account.boardId, account.institutionId);
        return new AuthenticatedUser(
                account.id,
                account.username,
                account.displayName,
                account.role,
                placement.municipalityId(),
                placement.boardId(),
                account.institutionId,
                account.mustChangePassword,
                account.totpSecret != null);
    }
}
