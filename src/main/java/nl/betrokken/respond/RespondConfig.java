package nl.betrokken.respond;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "betrokken.respond")
public interface RespondConfig {

    /** Wrong codes one client may enter within the window before it must wait. */
    @WithDefault("10")
    int maxCodeFailuresPerClient();

    @WithDefault("15m")
    Duration codeThrottleWindow();

    /**
     * How long a link's wave, school and channel are kept in memory between requests; a change to them made on another
     * instance of the service reaches respondents within this time.
     */
    @WithDefault("5s")
    Duration linkMemory();

    /** Set the Secure flag on the respondent's cookie (browsers accept it on http://localhost). */
    @WithDefault("true")
    boolean secureCookies();
}
