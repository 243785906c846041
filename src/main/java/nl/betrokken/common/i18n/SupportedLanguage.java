package nl.betrokken.common.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages Betrokken's own pages are written in. A questionnaire can only be offered in these:
 * a respondent needs the buttons and messages around the questions in their language too.
 */
public enum SupportedLanguage {
    NL("nl", "Nederlands", false, "Ja", "Nee"),
    EN("en", "English", false, "Yes", "No"),
    AR("ar", "العربية", true, "نعم", "لا"),
    TR("tr", "Türkçe", false, "Evet", "Hayır"),
    PL("pl", "Polski", false, "Tak", "Nie");

    /** The language every questionnaire is written in first, and the fallback of every text. */
    public static final String DEFAULT = "nl";

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;
    private final String yes;
    private final String no;

    SupportedLanguage(String code, String nativeName, boolean rightToLeft, String yes, String no) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.yes = yes;
        this.no = no;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public String yes() {
        return yes;
    }

    public String no() {
        return no;
    }

    public static Optional<SupportedLanguage> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(SupportedLanguage::code).collect(Collectors.joining(", "));
    }
}
