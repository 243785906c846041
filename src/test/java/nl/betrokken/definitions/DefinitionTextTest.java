package nl.betrokken.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.betrokken.definitions.parse.DefinitionException;
import nl.betrokken.definitions.parse.DefinitionText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A questionnaire saved in another encoding gets one line that says which file, where, and what to do. */
class DefinitionTextTest {

    @Test
    void readsUtf8AndPointsAtTheFirstByteThatIsNot() {
        assertEquals("titel: Één", DefinitionText.decode("a.yaml", "titel: Één".getBytes(StandardCharsets.UTF_8)));
        byte[] latin1 = "id: x\ntitel: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        DefinitionException error =
                assertThrows(DefinitionException.class, () -> DefinitionText.decode("ouders.yaml", latin1));
        assertEquals(
                "ouders.yaml:2:11: not UTF-8 (byte 0xE9); save the file as UTF-8 (in most editors: Save as, encoding UTF-8)",
                error.problems().get(0).toString());
    }

    @Test
    void theCheckerSaysSoInsteadOfAStackTrace(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("ouders.yaml");
        Files.write(file, "id: x\ntitel: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "nl.betrokken.definitions.parse.DefinitionCheck",
                        file.toString())
                .redirectErrorStream(true)
                .start();
        process.getInputStream().transferTo(printed);
        assertEquals(1, process.waitFor());
        String output = printed.toString(StandardCharsets.UTF_8);
        assertTrue(output.startsWith("FAIL ouders.yaml:2:11: not UTF-8"), output);
        assertTrue(!output.contains("Exception"), "no stack trace: " + output);
    }
}
