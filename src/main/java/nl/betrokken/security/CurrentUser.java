package nl.betrokken.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The user of the current request, if anyone is logged in. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<AuthenticatedUser> get() {
        return identity.isAnonymous()
                ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(AuthenticatedUser.ATTRIBUTE));
    }

    public AuthenticatedUser require() {
        return get().orElseThrow(UnauthorizedException::new);
    }

    /** Whether this request is a script's, with a personal API token, not a person's login. */
    public boolean viaToken() {
        return Boolean.TRUE.equals(identity.getAttribute(Identities.VIA_TOKEN));
    }
}
