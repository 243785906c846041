package nl.betrokken.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the languages on offer: the codes from configuration, the facts about each from {@code
 * languages/<code>.properties} on the class path. Everything wrong is reported at once, in words that
 * say which file to add or fix.
 *
 * <p>The list is read through MicroProfile Config rather than injected, because the definition parser
 * needs it outside the service too (DefinitionCheck, unit tests); both then see application.properties,
 * and inside the service a profile or a test profile may change it.
 */
final class LanguageList {

    static final String CONFIG_KEY = "betrokken.languages";
    static final String HOW_TO = "see survey-definitions/README.md, \"Adding a language\"";

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final List<String> KEYS = List.of("name", "name-in-dutch", "direction", "yes", "no");

    private LanguageList() {}

    static List<SupportedLanguage> offered() {
        return Offered.LANGUAGES;
    }

    /** Read on first use and kept: the list cannot change while the service runs. */
    private static final class Offered {
        static final List<SupportedLanguage> LANGUAGES = read(configured(), LanguageList.class.getClassLoader());
    }

    static List<String> configured() {
        return ConfigProvider.getConfig(LanguageList.class.getClassLoader())
                .getOptionalValues(CONFIG_KEY, String.class)
                .orElse(List.of());
    }

    static List<SupportedLanguage> read(List<String> codes, ClassLoader loader) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String code : codes) {
            if (!CODE.matcher(code).matches()) {
                problems.add(CONFIG_KEY + ": '" + code + "' is not a language code; use two or three lower-case"
                        + " letters of ISO 639, such as so, ti or uk");
            } else if (!seen.add(code)) {
                problems.add(CONFIG_KEY + ": '" + code + "' is listed twice");
            }
        }
        if (!seen.contains(SupportedLanguage.DEFAULT)) {
            problems.add(CONFIG_KEY + " must include " + SupportedLanguage.DEFAULT
                    + ": Dutch is the language of every questionnaire and the fallback of every text");
        }
        List<SupportedLanguage> languages = new ArrayList<>();
        for (String code : seen) {
            language(code, loader, problems).ifPresent(languages::add);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "The languages on offer are not complete (" + HOW_TO + "):\n  " + String.join("\n  ", problems));
        }
        // Dutch first wherever it is listed: it is the fallback, and the first half of every letter
        languages.sort(Comparator.comparing(language -> !language.isDutch()));
        return List.copyOf(languages);
    }

    private static Optional<SupportedLanguage> language(String code, ClassLoader loader, List<String> problems) {
        String file = "languages/" + code + ".properties";
        Properties facts = properties(file, loader);
        if (facts == null) {
            problems.add(CONFIG_KEY + " lists '" + code + "', but " + file + " is not on the class path; add it with "
                    + String.join(", ", KEYS));
            return Optional.empty();
        }
        List<String> missing = KEYS.stream()
                .filter(key -> facts.getProperty(key, "").isBlank())
                .toList();
        if (!missing.isEmpty()) {
            problems.add(file + " lacks " + String.join(", ", missing));
            return Optional.empty();
        }
        String direction = facts.getProperty("direction").strip();
        if (!direction.equals("ltr") && !direction.equals("rtl")) {
            problems.add(file + ": direction must be ltr or rtl, not '" + direction + "'");
            return Optional.empty();
        }
        return Optional.of(new SupportedLanguage(
                code,
                facts.getProperty("name").strip(),
                facts.getProperty("name-in-dutch").strip(),
                direction.equals("rtl"),
                facts.getProperty("yes").strip(),
                facts.getProperty("no").strip()));
    }

    /** The file read as UTF-8 (as the message bundles are), or null when it is not there. */
    static Properties properties(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
