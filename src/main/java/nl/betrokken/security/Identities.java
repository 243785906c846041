package nl.betrokken.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a user the same way for every login mechanism. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(AuthenticatedUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addRole(user.role().code())
                .addAttribute(AuthenticatedUser.ATTRIBUTE, user)
                .build();
    }
}
