package nl.betrokken.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "betrokken.demo")
public interface DemoConfig {

    /** Fill an empty database with a demo municipality at start-up. Off in the prod profile. */
    @WithDefault("true")
    boolean enabled();
}
