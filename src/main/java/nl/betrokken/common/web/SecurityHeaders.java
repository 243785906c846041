package nl.betrokken.common.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Headers that keep browsers strict: no inline scripts or styles, no framing, no sniffing, no
 * referrer (an answering link must not leak to other sites), and HSTS when served over HTTPS.
 * Swagger UI needs inline scripts, so its own pages get a looser policy. Stylesheets and scripts get
 * only what applies to them (no sniffing, caching): the policies of the page that loads them are the
 * ones a browser follows, and every header costs a parent on a slow phone bytes before the first question.
 * <p>
 * Nothing dynamic is cached ({@code no-store}): pages carry resume tokens, exports and code slips
 * carry what a shared computer's next user must not restore. Static files are cached for a year
 * under their versioned address ({@link Assets}) and revalidated under any other; so is the favicon, whose
 * address browsers know by heart and which therefore has no version.
 */
@Singleton
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";
    private static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; object-src 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::add);
    }

    private void add(RoutingContext context) {
        context.addHeadersEndHandler(done -> {
            MultiMap headers = context.response().headers();
            String path = context.normalizedPath();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Cache-Control", cacheControl(context));
            if (!asset(path)) {
                boolean swagger = path.startsWith("/q/swagger-ui");
                headers.set("Content-Security-Policy", swagger ? SWAGGER_POLICY : CONTENT_SECURITY_POLICY);
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            }
            if (context.request().isSSL()
                    || "https".equalsIgnoreCase(context.request().getHeader("X-Forwarded-Proto"))) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        });
        context.next();
    }

    static final String YEAR = "public, max-age=31536000, immutable";

    /** A stylesheet or script: never a document a browser shows. */
    private static boolean asset(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/");
    }

    private static String cacheControl(RoutingContext context) {
        String path = context.normalizedPath();
        if (asset(path)) {
            return Assets.VERSION.equals(context.request().getParam("v")) ? YEAR : "no-cache";
        }
        if (path.equals(Favicon.PATH) || path.equals(Favicon.LEGACY_PATH)) {
            return "no-cache";
        }
        return "no-store";
    }
}
