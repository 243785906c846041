package nl.betrokken.respond;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import nl.betrokken.common.time.Dates;

/**
 * The respondent's two cookies. Both live only on their link's path and are never readable by
 * scripts: the token leads back to the answers until just after the wave closes; the parent's own
 * resume code stays a day, long enough to write it down (the server keeps only its hash).
 */
@ApplicationScoped
public class RespondentCookies {

    public static final String TOKEN = "betrokken_response";
    public static final String RESUME_CODE = "betrokken_resume_code";

    private final RespondConfig config;

    public RespondentCookies(RespondConfig config) {
        this.config = config;
    }

    /** The token that names the response: the cookie's, or, when cookies are off, the form's hidden field. */
    static String tokenOf(String cookie, String formToken) {
        return ResponseService.looksLikeToken(cookie) ? cookie : formToken;
    }

    NewCookie token(WaveContext context, String token) {
        long days = Math.max(
                1,
                Duration.between(
                                Dates.today().atStartOfDay(),
                                context.link().closesOn().plusDays(2).atStartOfDay())
                        .toDays());
        return cookie(TOKEN, token, context, NewCookie.SameSite.LAX, Duration.ofDays(days));
    }

    NewCookie resumeCode(WaveContext context, String resumeCode) {
        return cookie(RESUME_CODE, resumeCode, context, NewCookie.SameSite.STRICT, Duration.ofDays(1));
    }

    private NewCookie cookie(
            String name, String value, WaveContext context, NewCookie.SameSite sameSite, Duration life) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/s/" + context.slug())
                .httpOnly(true)
                .secure(config.secureCookies())
                .sameSite(sameSite)
                .maxAge((int) life.toSeconds())
                .build();
    }
}
