package nl.betrokken.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * HTTP Basic for old API scripts (only when switched on), under the same throttle as the login form.
 * An account with a second factor cannot use it: such a script needs a personal API token.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String client = ClientAddress.of(routing);
        return context.runBlocking(() -> {
            AuthenticationService.Outcome outcome = Arc.container()
                    .instance(AuthenticationService.class)
                    .get()
                    .verify(
                            request.getUsername(),
                            new String(request.getPassword().getPassword()),
                            client,
                            null);
            if (!outcome.succeeded()) {
                throw new AuthenticationFailedException(outcome.failure().name());
            }
            return Identities.of(outcome.user());
        });
    }
}
