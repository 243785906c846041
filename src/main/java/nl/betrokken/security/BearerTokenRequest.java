package nl.betrokken.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An {@code Authorization: Bearer} token on an API request. */
public class BearerTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public BearerTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
