package nl.betrokken.respond;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.betrokken.common.i18n.SupportedLanguage;

/** Picking a respondent's language before they chose one: from the browser, among those offered. */
final class Languages {

    static final List<String> ALL = Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::code).toList();

    private Languages() {
    }

    static Optional<String> supported(String code) {
        return SupportedLanguage.byCode(code).map(SupportedLanguage::code);
    }

    /** The first language of an Accept-Language header that is offered; Dutch otherwise. */
    static String preferred(String acceptLanguage, List<String> offered) {
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (offered.contains(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header is no preference at all
            }
        }
        return offered.contains("nl") ? "nl" : offered.get(0);
    }
}
