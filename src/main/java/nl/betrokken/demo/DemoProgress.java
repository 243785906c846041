package nl.betrokken.demo;

import io.quarkus.qute.TemplateGlobal;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the demo's synthetic answers are still being written. The service is ready before they are (a first start
 * should not wait seconds for them): staff pages say so meanwhile, and /q/health/well is DOWN until they are in, for
 * whoever wants the whole demo (the integration tests do).
 */
@Wellness
@ApplicationScoped
@TemplateGlobal
public class DemoProgress implements HealthCheck {

    private static volatile boolean preparing;

    static void preparing(boolean now) {
        preparing = now;
    }

    /** For the layout: the demo's figures are still being prepared. */
    static boolean demoPreparing() {
        return preparing;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("demo figures").status(!preparing).build();
    }
}
