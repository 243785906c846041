package nl.betrokken.waves;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import nl.betrokken.security.Tokens;

/**
 * Codes people type from a paper slip: 15 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), in three groups of five. 31^15 is about 2^74 codes, so guessing one is hopeless even
 * before the rate limit.
 */
public final class AccessCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 15;
    static final int GROUP = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodes() {}

    /** A new code, grouped for typing: K7Q2M-PX9RT-4HWNA. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without spaces, dashes or case; empty when it cannot be a code at all. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–.]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    public static String hash(String normalisedCode) {
        return Tokens.sha256("code:" + normalisedCode);
    }

    /** The hash of a parent's resume code: the same shape as a printed code, another hash, so the two never meet. */
    public static String resumeHash(String normalisedCode) {
        return Tokens.sha256("resume:" + normalisedCode);
    }

    /** Bits of randomness in a code, for the documentation and the tests. */
    static double bits() {
        return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
    }
}
