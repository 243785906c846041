package nl.betrokken.common.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One structured log record per request: method, path, status and duration as separate fields, so
 * that the JSON log of production can be queried. Deliberately without the client's address or the
 * query string: respondents are anonymous, and codes or tokens must not end up in a log. An answering
 * link is a secret too (whoever has it can answer as that school's parents), so its slug is logged
 * as the route's template, {@code /s/{slug}/...}.
 */
@Singleton
public class RequestLog {

    private static final Logger LOG = Logger.getLogger("nl.betrokken.request");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::log);
    }

    private void log(RoutingContext context) {
        long started = System.nanoTime();
        context.addBodyEndHandler(done -> {
            String path = template(context.normalizedPath());
            int status = context.response().getStatusCode();
            long millis = (System.nanoTime() - started) / 1_000_000;
            Logger.Level level = path.startsWith("/q/") && status < 400 ? Logger.Level.DEBUG : Logger.Level.INFO;
            if (!LOG.isEnabled(level)) {
                return;
            }
            MDC.put("http.method", context.request().method().name());
            MDC.put("http.path", path);
            MDC.put("http.status", status);
            MDC.put("duration_ms", millis);
            try {
                LOG.logf(level, "%s %s %d %d ms", context.request().method().name(), path, status, millis);
            } finally {
                MDC.remove("http.method");
                MDC.remove("http.path");
                MDC.remove("http.status");
                MDC.remove("duration_ms");
            }
        });
        context.next();
    }

    static String template(String path) {
        if (!path.startsWith("/s/") && !path.startsWith("/k/")) {
            return path;
        }
        // by hand, not with a regular expression: this runs for every page a parent fetches or sends
        int end = path.indexOf('/', 3);
        return path.substring(0, 3) + "{slug}" + (end < 0 ? "" : path.substring(end));
    }
}
