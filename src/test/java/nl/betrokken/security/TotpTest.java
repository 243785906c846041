package nl.betrokken.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-time codes against the published test vectors of RFC 6238 (appendix B) and RFC 4648. */
class TotpTest {

    /** The seeds of appendix B: the ASCII digits 1234567890 repeated to the length of each hash. */
    private static byte[] seed(String algorithm) {
        String base = "12345678901234567890";
        String seed = switch (algorithm) {
            case "HmacSHA1" -> base;
            case "HmacSHA256" -> base + "123456789012";
            default -> base + base + base + "1234";
        };
        return seed.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource({
        "59, HmacSHA1, 94287082", "59, HmacSHA256, 46119246", "59, HmacSHA512, 90693936",
        "1111111109, HmacSHA1, 07081804", "1111111109, HmacSHA256, 68084774", "1111111109, HmacSHA512, 25091201",
        "1111111111, HmacSHA1, 14050471", "1111111111, HmacSHA256, 67062674", "1111111111, HmacSHA512, 99943326",
        "1234567890, HmacSHA1, 89005924", "1234567890, HmacSHA256, 91819424", "1234567890, HmacSHA512, 93441116",
        "2000000000, HmacSHA1, 69279037", "2000000000, HmacSHA256, 90698825", "2000000000, HmacSHA512, 38618901",
        "20000000000, HmacSHA1, 65353130", "20000000000, HmacSHA256, 77737706", "20000000000, HmacSHA512, 47863826"
    })
    void matchesTheTestVectorsOfRfc6238(long time, String algorithm, String expected) {
        assertEquals(expected, Totp.code(seed(algorithm), Totp.step(time), 8, algorithm));
    }

    @Test
    void theSixDigitCodeIsTheLastSixOfTheEightDigitOne() {
        assertEquals("287082", Totp.code(seed("HmacSHA1"), Totp.step(59)));
    }

    @Test
    void acceptsOneStepEitherSideAndEachCodeOnlyOnce() {
        byte[] secret = seed("HmacSHA1");
        long now = 1_111_111_111L;
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(secret, Totp.code(secret, step), now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(secret, Totp.code(secret, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(secret, Totp.code(secret, step + 1), now, 0));
        assertTrue(
                Totp.matchingStep(secret, Totp.code(secret, step - 2), now, 0).isEmpty(), "a minute old");
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step), now, step).isEmpty(), "used already");
        assertEquals(
                OptionalLong.of(step),
                Totp.matchingStep(
                        secret,
                        " " + Totp.code(secret, step).substring(0, 3) + " "
                                + Totp.code(secret, step).substring(3),
                        now,
                        0),
                "spaces as an app groups them");
        assertTrue(Totp.matchingStep(secret, "12345", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(secret, null, now, 0).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32MatchesRfc4648WithoutPadding(String text, String encoded) {
        assertEquals(encoded, Base32.encode(text.getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), Base32.decode(encoded.toLowerCase()));
    }

    @Test
    void theAppAddressNamesTheServiceAndTheAccount() {
        assertEquals(
                "otpauth://totp/Betrokken:an%40school.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Betrokken"
                        + "&algorithm=SHA1&digits=6&period=30",
                Totp.uri("Betrokken", "an@school.example", seed("HmacSHA1")));
    }
}
