package nl.betrokken.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.util.Map;

/**
 * The session cookie: HttpOnly, SameSite=Lax, Secure unless configured off, for the whole site. Over
 * HTTPS it is called {@code __Host-betrokken_session}: a browser accepts that name only with Secure,
 * Path=/ and no Domain, so a neighbouring subdomain cannot plant a session of its own choosing; a
 * cookie without the prefix is then not read at all.
 */
public final class SessionCookie {

    public static final String NAME = "betrokken_session";
    public static final String HTTPS_NAME = "__Host-" + NAME;

    private SessionCookie() {}

    /** Whether the browser reached us over HTTPS, directly or through the proxy that says so. */
    public static boolean https(HttpServerRequest request) {
        return request != null && (request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
    }

    public static String name(HttpServerRequest request) {
        return https(request) ? HTTPS_NAME : NAME;
    }

    /** The session token the request carries under the name its scheme allows, or null. */
    public static String token(HttpServerRequest request) {
        io.vertx.core.http.Cookie cookie = request == null ? null : request.getCookie(name(request));
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    /** Whether a JAX-RS request carries a session cookie of either name (to skip work for anonymous requests). */
    static boolean present(Map<String, Cookie> cookies) {
        return cookies.containsKey(NAME) || cookies.containsKey(HTTPS_NAME);
    }

    public static NewCookie of(String token, Duration lifetime, boolean secure, HttpServerRequest request) {
        return new NewCookie.Builder(name(request))
                .value(token)
                .path("/")
                .httpOnly(true)
                .secure(secure || https(request))
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) lifetime.toSeconds())
                .build();
    }

    public static NewCookie expired(boolean secure, HttpServerRequest request) {
        return new NewCookie.Builder(name(request))
                .value("")
                .path("/")
                .httpOnly(true)
                .secure(secure || https(request))
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(0)
                .build();
    }
}
