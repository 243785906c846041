package nl.betrokken.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The languages on offer are read from configuration and files, and a gap is named before anyone meets it. */
class LanguageListTest {

    private final ClassLoader classPath = LanguageListTest.class.getClassLoader();

    /**
     * Plain tests share the JVM with the Quarkus tests' applications, and MicroProfile Config answers with
     * the running one's configuration: while SixthLanguageTest's is up, Testlandic is on offer here too. So
     * this looks at the shipped five, and any language after them.
     */
    @Test
    void theShippedFiveComeFromApplicationProperties() {
        assertEquals(
                List.of("nl", "en", "ar", "tr", "pl"), LanguageList.configured().subList(0, 5));
        assertEquals(
                List.of("nl", "en", "ar", "tr", "pl"), SupportedLanguage.codes().subList(0, 5));
        SupportedLanguage arabic = SupportedLanguage.byCode(" AR ").orElseThrow();
        assertEquals(new SupportedLanguage("ar", "العربية", "Arabisch", true, "نعم", "لا"), arabic);
        assertEquals("rtl", arabic.dir());
        assertEquals("Nederlands", SupportedLanguage.dutch().nativeName());
        assertEquals(
                List.of("Nederlands", "English", "العربية", "Türkçe", "Polski"),
                LanguageList.read(List.of("nl", "en", "ar", "tr", "pl"), classPath).stream()
                        .map(SupportedLanguage::nativeName)
                        .toList());
    }

    @Test
    void aListedLanguageIsReadFromItsFileAndDutchComesFirst() {
        List<SupportedLanguage> languages = LanguageList.read(List.of("xx", "nl"), classPath);
        assertEquals(
                List.of("nl", "xx"),
                languages.stream().map(SupportedLanguage::code).toList());
        assertEquals(new SupportedLanguage("xx", "Testlandic", "Testlands", false, "Sey", "On"), languages.get(1));
    }

    @Test
    void everyGapIsNamedAtOnce(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("languages"));
        Files.writeString(
                folder.resolve("languages/zz.properties"),
                "name=Zedish\nname-in-dutch=Zeds\ndirection=left\nyes=Zes\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("languages/zy.properties"),
                "name=Zyish\nname-in-dutch=Zys\ndirection=sideways\nyes=Zes\nno=Zo\n",
                StandardCharsets.UTF_8);
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {folder.toUri().toURL()}, classPath)) {
            IllegalStateException refusal = assertThrows(
                    IllegalStateException.class,
                    () -> LanguageList.read(List.of("en", "EN", "so", "zz", "zy", "en"), loader));
            String message = refusal.getMessage();
            for (String expected : List.of(
                    "see survey-definitions/README.md, \"Adding a language\"",
                    "betrokken.languages: 'EN' is not a language code",
                    "betrokken.languages: 'en' is listed twice",
                    "betrokken.languages must include nl",
                    "betrokken.languages lists 'so', but languages/so.properties is not on the class path; add it"
                            + " with name, name-in-dutch, direction, yes, no",
                    "languages/zz.properties lacks no",
                    "languages/zy.properties: direction must be ltr or rtl, not 'sideways'")) {
                assertTrue(message.contains(expected), () -> "expected\n  " + expected + "\nin\n" + message);
            }
        }
    }
}
