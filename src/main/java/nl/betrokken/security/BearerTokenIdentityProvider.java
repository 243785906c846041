package nl.betrokken.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Personal API tokens. A token that does not work is an error, not an anonymous request: the script must hear it. */
@ApplicationScoped
public class BearerTokenIdentityProvider implements IdentityProvider<BearerTokenRequest> {

    @Override
    public Class<BearerTokenRequest> getRequestType() {
        return BearerTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BearerTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> Arc.container()
                .instance(ApiTokens.class)
                .get()
                .authenticate(request.token())
                .map(Identities::ofToken)
                .orElseThrow(() -> new AuthenticationFailedException("token")));
    }
}
