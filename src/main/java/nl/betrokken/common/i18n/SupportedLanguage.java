package nl.betrokken.common.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language Betrokken's own pages are written in. A questionnaire can only be offered in these: a
 * respondent needs the buttons and messages around the questions in their language too.
 *
 * <p>The languages are data, not code: {@value LanguageList#CONFIG_KEY} lists them, {@code
 * languages/<code>.properties} says what is known about each, and the message bundles hold their texts
 * (survey-definitions/README.md, "Adding a language").
 *
 * @param code the ISO 639 code, as in {@code lang="..."} and in the definitions
 * @param nativeName the language's name in itself, for the language picker
 * @param dutchName its name in Dutch, for the staff pages (which are in Dutch)
 * @param rightToLeft whether it is written right to left
 * @param yes the answer "yes" of a yes/no item
 * @param no the answer "no" of a yes/no item
 */
public record SupportedLanguage(
        String code, String nativeName, String dutchName, boolean rightToLeft, String yes, String no) {

    /** The language every questionnaire is written in first, and the fallback of every text. */
    public static final String DEFAULT = "nl";

    /** Every language on offer, Dutch first, in the order configured. */
    public static List<SupportedLanguage> all() {
        return LanguageList.offered();
    }

    public static List<String> codes() {
        return all().stream().map(SupportedLanguage::code).toList();
    }

    public static SupportedLanguage dutch() {
        return all().get(0);
    }

    public static Optional<SupportedLanguage> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(l -> l.code.equals(wanted)).findFirst();
    }

    public boolean isDutch() {
        return DEFAULT.equals(code);
    }

    /** "rtl" or "ltr", for a dir attribute. */
    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }
}
