package nl.betrokken.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Browsers ask for /favicon.ico whether or not a page links an icon; the SVG the layouts link is the
 * only icon there is, so the old address points to it instead of filling the log with 404s.
 */
@Singleton
public class Favicon {

    static final String PATH = "/favicon.svg";
    static final String LEGACY_PATH = "/favicon.ico";

    void install(@Observes Router router) {
        router.get(LEGACY_PATH)
                .handler(context -> context.response()
                        .setStatusCode(301)
                        .putHeader("Location", PATH)
                        .end());
    }
}
