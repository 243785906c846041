package nl.betrokken.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "betrokken.security")
public interface SecurityConfig {

    /**
     * bcrypt's cost: 2^cost rounds, about a quarter of a second per check at 12 on a server core. The test
     * profile lowers it (hundreds of logins); a running service refuses anything below 10.
     */
    @WithDefault("12")
    int passwordHashCost();

    /** A session ends after this long without a request. */
    @WithDefault("30m")
    Duration sessionInactivity();

    /** A session ends this long after login, however active. */
    @WithDefault("12h")
    Duration sessionLifetime();

    /** How long an invitation link lets a new user choose a password. */
    @WithDefault("7d")
    Duration invitationLifetime();

    /** Set the Secure flag on cookies; turn off only for plain-HTTP test setups other than localhost. */
    @WithDefault("true")
    boolean secureCookies();

    /**
     * Login attempts one client address may make within the window, for any usernames; a success
     * gives its attempt back, so a school's shared address is never stopped by its own good logins.
     */
    @WithDefault("20")
    int maxFailuresPerClient();

    /**
     * Wrong passwords for one username from one client before each further try must wait, one
     * second at first and twice as long each time. A stranger elsewhere is not slowed by them.
     */
    @WithDefault("3")
    int freeFailuresPerUsernameAndClient();

    /**
     * Wrong passwords for one username from all clients together before each further try must wait
     * (up to two minutes): guessing from many addresses slows down, the user is never locked out for good.
     */
    @WithDefault("10")
    int maxFailuresPerUsername();

    @WithDefault("15m")
    Duration throttleWindow();

    /**
     * Secret that keys the hashes in the throttle table (no username or client address is stored in
     * clear). Unset: the service generates one on its first start and keeps it in the database.
     */
    Optional<String> throttleSecret();

    /** Threads that check passwords (bcrypt); by default half the cores, at least one. */
    Optional<Integer> passwordCheckThreads();

    /**
     * Accept HTTP Basic with a username and password on {@code /api}, for old scripts. Off: scripts
     * use a personal API token, which can be revoked without changing anyone's password.
     */
    @WithDefault("false")
    boolean apiBasicAuth();

    /** Administrators must log in with a second factor (an authenticator app); off only on a developer's machine. */
    @WithDefault("true")
    boolean twoFactorForAdministrators();

    InitialAdministrator initialAdministrator();

    /** The first administrator of a fresh production database; ignored once any user exists. */
    interface InitialAdministrator {
        Optional<String> username();

        Optional<String> password();
    }
}
