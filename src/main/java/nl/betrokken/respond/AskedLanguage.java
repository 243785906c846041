package nl.betrokken.respond;

import java.util.List;
import java.util.Locale;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * The one rule for a respondent's language: the language they chose on this request, then the one
 * their response was in, then the first one their browser asks for, then the questionnaire's own
 * (Dutch before a questionnaire is known). Only languages on offer count at every step.
 */
public record AskedLanguage(String explicit, String acceptLanguage) {

    static AskedLanguage none() {
        return new AskedLanguage(null, null);
    }

    /** For a page of this questionnaire, the response (if any) having been in {@code remembered}. */
    String in(Questionnaire questionnaire, String remembered) {
        return pick(questionnaire.languages(), remembered, questionnaire.defaultLanguage());
    }

    /** Before the questionnaire is known: a database that is away, an unknown link, the code form. */
    String amongAll() {
        return pick(SupportedLanguage.codes(), null, SupportedLanguage.DEFAULT);
    }

    String pick(List<String> offered, String remembered, String fallback) {
        String chosen = offered(explicit, offered);
        if (chosen == null) {
            chosen = offered(remembered, offered);
        }
        if (chosen == null) {
            chosen = browser(offered);
        }
        return chosen != null ? chosen : fallback;
    }

    private static String offered(String code, List<String> offered) {
        return SupportedLanguage.byCode(code)
                .map(SupportedLanguage::code)
                .filter(offered::contains)
                .orElse(null);
    }

    private String browser(List<String> offered) {
        if (acceptLanguage == null) {
            return null;
        }
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
        return null;
    }
}
