package nl.betrokken.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Credentials a script sends on {@code /api}: a personal token ({@code Authorization: Bearer}), or,
 * only when an administrator turned it on for old scripts, HTTP Basic with a password. Nothing is
 * read on other paths, and there is never a challenge: a browser must not be made to show its own
 * password prompt and then keep sending what was typed into it.
 */
@ApplicationScoped
public class ApiCredentialsMechanism implements HttpAuthenticationMechanism {

    private final SecurityConfig config;
    private final PasswordChecks checks;

    public ApiCredentialsMechanism(SecurityConfig config, PasswordChecks checks) {
        this.config = config;
        this.checks = checks;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !context.normalizedPath().startsWith("/api/")) {
            return Uni.createFrom().optional(Optional.empty());
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return identities.authenticate(
                    new BearerTokenRequest(header.substring(7).strip()));
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6) && config.apiBasicAuth()) {
            if (!checks.hasRoom()) {
                // a storm of guesses: refused here on the event loop, before a worker thread or a statement is spent
                return Uni.createFrom()
                        .failure(new AuthenticationFailedException(AuthenticationService.Failure.BUSY.name()));
            }
            Optional<UsernamePasswordAuthenticationRequest> basic =
                    basic(header.substring(6).strip());
            if (basic.isPresent()) {
                HttpSecurityUtils.setRoutingContextAttribute(basic.get(), context);
                return identities.authenticate(basic.get());
            }
        }
        return Uni.createFrom().optional(Optional.empty());
    }

    private static Optional<UsernamePasswordAuthenticationRequest> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordAuthenticationRequest(
                    decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray())));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().optional(Optional.empty());
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BearerTokenRequest.class, UsernamePasswordAuthenticationRequest.class);
    }
}
