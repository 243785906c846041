package nl.betrokken.security;

import java.time.Duration;

import jakarta.ws.rs.core.NewCookie;

/** The session cookie: HttpOnly, SameSite=Lax, Secure unless configured off, scoped to the whole site. */
public final class SessionCookie {

    public static final String NAME = "betrokken_session";

    private SessionCookie() {
    }

    public static NewCookie of(String token, Duration lifetime, boolean secure) {
        return new NewCookie.Builder(NAME).value(token).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) lifetime.toSeconds()).build();
    }

    public static NewCookie expired(boolean secure) {
        return new NewCookie.Builder(NAME).value("").path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }
}
