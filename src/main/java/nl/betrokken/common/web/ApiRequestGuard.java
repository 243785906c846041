package nl.betrokken.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery on the API. A browser sends its cookies with any request another site
 * makes it send, but another site can only send "simple" requests: a form, or text/plain. So every
 * unsafe {@code /api} request must be JSON (415 otherwise), which a plain form cannot be; and a
 * request that a browser marks as coming from another site ({@code Sec-Fetch-Site}, or an
 * {@code Origin} that is not ours) is refused (403) unless it carries a personal token, which no
 * browser adds by itself. Scripts that send no browser headers are not affected.
 */
@Singleton
public class ApiRequestGuard {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (SAFE.contains(method)) {
            context.next();
            return;
        }
        if (WITH_BODY.contains(method) && !isJson(context.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            refuse(
                    context,
                    415,
                    "Unsupported media type",
                    "Send this request as JSON, with the header"
                            + " 'Content-Type: application/json' (also when it has no body).");
            return;
        }
        if (!bearer(context) && crossSite(context)) {
            refuse(
                    context,
                    403,
                    "Cross-site request refused",
                    "This request came from another site. Use Betrokken's own"
                            + " pages, or call the API from a script with a personal API token (Authorization: Bearer).");
            return;
        }
        context.next();
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }

    private static boolean bearer(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** What the browser says about where the request came from; a request without such headers is a script's. */
    static boolean crossSite(RoutingContext context) {
        String site = context.request().getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        String authority = context.request().authority() == null
                ? null
                : context.request().authority().toString();
        return authority == null || !origin.replaceFirst("^https?://", "").equalsIgnoreCase(authority);
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end("{\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\"" + detail
                        + "\",\"errors\":[]}");
    }
}
