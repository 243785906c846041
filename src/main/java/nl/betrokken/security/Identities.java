package nl.betrokken.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a user the same way for every login mechanism. */
final class Identities {

    private Identities() {}

    /** Set on an identity that came from a personal API token rather than from a login. */
    static final String VIA_TOKEN = "betrokken.via-token";

    static SecurityIdentity of(AuthenticatedUser user) {
        return builder(user).build();
    }

    static SecurityIdentity ofToken(AuthenticatedUser user) {
        return builder(user).addAttribute(VIA_TOKEN, Boolean.TRUE).build();
    }

    private static QuarkusSecurityIdentity.Builder builder(AuthenticatedUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addRole(user.role().code())
                .addAttribute(AuthenticatedUser.ATTRIBUTE, user);
    }
}
