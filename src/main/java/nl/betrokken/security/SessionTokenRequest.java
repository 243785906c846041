package nl.betrokken.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A session cookie presented for authentication. */
public class SessionTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
