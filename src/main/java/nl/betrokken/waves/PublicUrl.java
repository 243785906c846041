package nl.betrokken.waves;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address parents type or scan: configured (betrokken.public-url) behind a proxy, else the
 * address this request came in on.
 */
@ApplicationScoped
public class PublicUrl {

    private final Optional<String> configured;

    public PublicUrl(@ConfigProperty(name = "betrokken.public-url") Optional<String> configured) {
        this.configured = configured.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public String of(String path, UriInfo uri) {
        String base = configured.orElseGet(() -> {
            String b = uri.getBaseUri().toString();
            return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        });
        return base + path;
    }
}
