package nl.betrokken.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "betrokken.demo")
public interface DemoConfig {

    /**
     * Fill an empty database with a demo municipality and its users (whose password is public) at
     * start-up. Unset: only when the service listens on the loopback address alone, so that a demo
     * is never reachable from a network by accident. Off in the prod profile.
     */
    Optional<Boolean> enabled();

    /**
     * Write the demo's synthetic answers (and publish their figures) after the service is ready, instead of before:
     * a first start is then seconds sooner. Tests that read the demo turn it off, so they never race it.
     */
    @WithDefault("true")
    boolean answersAfterReady();
}
