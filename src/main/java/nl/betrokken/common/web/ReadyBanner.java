package nl.betrokken.common.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started Betrokken where to open it, after the other start-up work (a late observer). */
@Singleton
public class ReadyBanner {

    private static final Logger LOG = Logger.getLogger(ReadyBanner.class);

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    void onStart(@Observes @Priority(5000) StartupEvent event) {
        LOG.infof(
                "Betrokken is ready: open http://localhost:%d/ (API documentation: http://localhost:%d/q/swagger-ui)",
                port, port);
    }
}
