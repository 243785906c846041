package nl.betrokken.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.SmallRyeConfig;
import java.nio.charset.StandardCharsets;
import nl.betrokken.common.api.InvalidFieldException;
import org.eclipse.microprofile.config.ConfigProvider;

/** Hashing with bcrypt, and the rules a new password must meet. */
public final class Passwords {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;

    /** The configured cost, read once; a service that runs for real never hashes below 10. */
    private static final class Cost {
        static final int VALUE = read();
        /** Compared against when the user does not exist, so a miss costs as much time as a hit. */
        static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-dummy-password", VALUE);

        private static int read() {
            int cost = ConfigProvider.getConfig()
                    .unwrap(SmallRyeConfig.class)
                    .getConfigMapping(SecurityConfig.class)
                    .passwordHashCost();
            if (cost < 4 || cost > 31 || (cost < 10 && LaunchMode.current() == LaunchMode.NORMAL)) {
                throw new IllegalStateException("betrokken.security.password-hash-cost is " + cost
                        + ": use 10 to 31 (12 is the default); lower values are for tests only");
            }
            return cost;
        }
    }

    private Passwords() {}

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, Cost.VALUE);
    }

    static boolean matches(String password, String hash) {
        return password != null && hash != null && BcryptUtil.matches(password, hash);
    }

    static void spendTheTimeOfACheck(String password) {
        BcryptUtil.matches(password == null ? "" : password, Cost.DUMMY_HASH);
    }

    /** Throws an error for the given form field when the password is too weak or too long. */
    public static void requireAcceptable(String field, String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidFieldException(
                    field, "must be at least " + MIN_LENGTH + " characters long", "password_too_short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidFieldException(
                    field, "must be at most " + MAX_BYTES + " bytes (about 70 letters)", "password_too_long");
        }
        if (password.strip().equalsIgnoreCase(Usernames.normalise(username))) {
            throw new InvalidFieldException(field, "must not be the username", "password_is_username");
        }
        if (password.chars().distinct().count() < 4) {
            throw new InvalidFieldException(field, "must use at least 4 different characters", "password_too_simple");
        }
    }
}
