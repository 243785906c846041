package nl.betrokken.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "betrokken.security")
public interface SecurityConfig {

    /** A session ends after this long without a request. */
    @WithDefault("30m")
    Duration sessionInactivity();

    /** A session ends this long after login, however active. */
    @WithDefault("12h")
    Duration sessionLifetime();

    /** Set the Secure flag on cookies; turn off only for plain-HTTP test setups other than localhost. */
    @WithDefault("true")
    boolean secureCookies();

    /** Failed logins allowed per username and per client within the window before further tries are refused. */
    @WithDefault("5")
    int maxFailuresPerUsername();

    @WithDefault("20")
    int maxFailuresPerClient();

    @WithDefault("15m")
    Duration throttleWindow();

    /** Secret that keys the hashes of client addresses in the throttle table (none are stored in clear). */
    @WithDefault("change-me-in-production")
    String throttleSecret();

    InitialAdministrator initialAdministrator();

    /** The first administrator of a fresh production database; ignored once any user exists. */
    interface InitialAdministrator {
        Optional<String> username();

        Optional<String> password();
    }
}
