package nl.betrokken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.betrokken.common.i18n.SupportedLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every language on offer has every text respondents read; a file or a text that is missing is named. */
class TranslationsCheckTest {

    private static final SupportedLanguage TESTLANDIC =
            new SupportedLanguage("xx", "Testlandic", "Testlands", false, "Sey", "On");
    private static final SupportedLanguage HALFLANDIC =
            new SupportedLanguage("xy", "Halflandic", "Halflands", false, "Ja", "Nee");

    private final ClassLoader classPath = TranslationsCheckTest.class.getClassLoader();

    @Test
    void theShippedLanguagesAndTestlandicHaveEveryText() {
        assertEquals(List.of(), TranslationsCheck.problems(SupportedLanguage.all(), classPath));
        assertEquals(List.of(), TranslationsCheck.problems(List.of(SupportedLanguage.dutch(), TESTLANDIC), classPath));
    }

    @Test
    void aMissingFileAndMissingTextsAreNamed(@TempDir Path folder) throws IOException {
        Path messages = Files.createDirectories(folder.resolve("messages"));
        // the answering pages half translated, the form texts not at all, the letter and paper form copied from
        // Testlandic
        Files.writeString(
                messages.resolve("msg_xy.properties"),
                text("msg_xx").replaceAll("(?m)^(welcome|start)=.*\n", "").replaceAll("(?m)^next=.*$", "next="),
                StandardCharsets.UTF_8);
        Files.writeString(messages.resolve("letter_xy.properties"), text("letter_xx"), StandardCharsets.UTF_8);
        Files.writeString(messages.resolve("paper_xy.properties"), text("paper_xx"), StandardCharsets.UTF_8);
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            List<String> problems = TranslationsCheck.problems(List.of(SupportedLanguage.dutch(), HALFLANDIC), loader);
            assertEquals(2, problems.size(), problems::toString);
            assertEquals("messages/msg_xy.properties lacks next, start, welcome", problems.get(0));
            assertTrue(
                    problems.get(1)
                            .matches("messages/form_xy.properties is missing: xy is on offer, so FormMessages needs"
                                    + " its \\d+ texts in it"),
                    problems.get(1));
        }
    }

    private String text(String bundle) throws IOException {
        try (var in = classPath.getResourceAsStream("messages/" + bundle + ".properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
