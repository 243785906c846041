package nl.betrokken.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The client's address, only ever used hashed as a throttle key. Behind a proxy, Quarkus rewrites
 * it from the forwarding headers when quarkus.http.proxy.proxy-address-forwarding is on.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(RoutingContext context) {
        return context == null ? "unknown" : of(context.request());
    }

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        return request.remoteAddress().hostAddress();
    }
}
