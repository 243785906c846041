package nl.betrokken.waves.paper;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import nl.betrokken.security.Tokens;

/**
 * The code on a paper form, typed by staff who enter the form: eight characters in two groups of four
 * (K7Q2-PX9R) from the access codes' alphabet without look-alikes (no 0/O, 1/I/L). The last character
 * is a check character (Luhn mod 31), so a mistyped character or two swapped neighbours are caught at
 * once and told apart from a form that does not exist. Seven random characters give 31^7, about 2^34
 * codes: far too many to hit an unprinted form of the same wave by chance, and the code guards
 * against entering a form twice, not against a stranger (entry needs a staff login).
 */
public final class PaperCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int RANDOM_LENGTH = 7;
    static final int LENGTH = RANDOM_LENGTH + 1;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PaperCodes() {}

    /** What was typed: a code of this shape whose check character fits, one with a typing error, or no code at all. */
    public enum Reading {
        VALID,
        MISTYPED,
        NOT_A_CODE
    }

    /** A new code, grouped for reading: K7Q2-PX9R. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        code.append(checkCharacter(code));
        return grouped(code.toString());
    }

    /** A normalised code in its printed groups. */
    public static String grouped(String normalised) {
        return normalised.substring(0, GROUP) + "-" + normalised.substring(GROUP);
    }

    /** The code as typed, without spaces, dashes or case; empty when it cannot be a code or its check fails. */
    public static Optional<String> normalise(String typed) {
        return read(typed) == Reading.VALID ? Optional.of(clean(typed)) : Optional.empty();
    }

    public static Reading read(String typed) {
        if (typed == null) {
            return Reading.NOT_A_CODE;
        }
        String code = clean(typed);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Reading.NOT_A_CODE;
        }
        return checkCharacter(code.substring(0, RANDOM_LENGTH)) == code.charAt(RANDOM_LENGTH)
                ? Reading.VALID
                : Reading.MISTYPED;
    }

    private static String clean(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–.]", "");
    }

    /** Its own hash prefix: a paper code never opens anything an access code opens, and the other way round. */
    public static String hash(String normalisedCode) {
        return Tokens.sha256("paper:" + normalisedCode);
    }

    /** Luhn mod N: every single wrong character and every swap of two different neighbours changes it. */
    static char checkCharacter(CharSequence payload) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
