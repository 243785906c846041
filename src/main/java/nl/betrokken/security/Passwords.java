package nl.betrokken.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import nl.betrokken.common.api.InvalidFieldException;

/** Hashing with bcrypt, and the rules a new password must meet. */
public final class Passwords {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;

    private static final int COST = 12;
    /** Compared against when the user does not exist, so a miss costs as much time as a hit. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-dummy-password", COST);

    private Passwords() {}

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    static boolean matches(String password, String hash) {
        return password != null && hash != null && BcryptUtil.matches(password, hash);
    }

    static void spendTheTimeOfACheck(String password) {
        BcryptUtil.matches(password == null ? "" : password, DUMMY_HASH);
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
