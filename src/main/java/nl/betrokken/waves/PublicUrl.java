package nl.betrokken.waves;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address parents type or scan: configured (betrokken.public-url, required in production), else,
 * on a developer's machine, the address this request came in on.
 */
@ApplicationScoped
@Startup
public class PublicUrl {

    private final Optional<String> configured;

    public PublicUrl(
            @ConfigProperty(name = "betrokken.public-url") Optional<String> configured,
            @ConfigProperty(name = "betrokken.public-url-required", defaultValue = "false") boolean required) {
        if (required
                && configured
                        .filter(url -> url.startsWith("https://") || url.startsWith("http://"))
                        .isEmpty()) {
            // the request's Host header is the client's to choose: a letter must never carry an address someone else
            // picked
            throw new IllegalStateException(
                    "betrokken.public-url is not set: set BETROKKEN_PUBLIC_URL to the address parents"
                            + " use to reach this service, for example https://betrokken.gemeente.nl (the letters and code slips print it)");
        }
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
