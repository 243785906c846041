package nl.betrokken.organisations.duo;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The request body limit: {@code quarkus.http.limits.max-body-size} is set high enough for DUO's
 * national address files on the import endpoints, and this handler holds every other request to
 * {@link #LIMIT}, as before: a declared length over it is refused at once (413), a chunked body is
 * cut off there by Quarkus, which reads the limit this handler puts on the request.
 */
@Singleton
public class UploadLimit {

    /** No form or JSON body outside the imports comes near 1 MB. */
    static final long LIMIT = 1024 * 1024;

    static final Set<String> IMPORTS = Set.of(
            "/api/organisations/import",
            "/api/organisations/import/counts",
            "/app/admin/import/organisations",
            "/app/admin/import/counts");

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (IMPORTS.contains(context.normalizedPath())) {
            context.next();
            return;
        }
        String length = context.request().headers().get(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null) {
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, LIMIT);
        } else if (tooLong(length)) {
            context.response().headers().add(HttpHeaderNames.CONNECTION, "close");
            context.response().setStatusCode(413).end();
            return;
        }
        context.next();
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > LIMIT;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
