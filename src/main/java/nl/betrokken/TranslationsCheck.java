package nl.betrokken;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import nl.betrokken.common.i18n.BundleTranslations;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.forms.FormMessages;
import nl.betrokken.respond.RespondMessages;
import nl.betrokken.waves.LetterMessages;
import nl.betrokken.waves.paper.PaperMessages;

/**
 * Stops the start when a language on offer lacks a file or a text that respondents would read. It sits
 * above the features because the bundles it checks belong to several of them.
 */
@ApplicationScoped
class TranslationsCheck {

    /** The bundles a respondent reads: the answering pages, the answer fields, the printed letter and paper form. */
    static final List<Class<?>> RESPONDENT_BUNDLES =
            List.of(RespondMessages.class, FormMessages.class, LetterMessages.class, PaperMessages.class);

    void atStart(@Observes StartupEvent start) {
        List<String> problems = problems(SupportedLanguage.all(), TranslationsCheck.class.getClassLoader());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Texts are missing for languages on offer (see survey-definitions/README.md, \"Adding a language\"):\n  "
                            + String.join("\n  ", problems));
        }
    }

    static List<String> problems(List<SupportedLanguage> languages, ClassLoader loader) {
        List<String> problems = new ArrayList<>();
        for (Class<?> bundle : RESPONDENT_BUNDLES) {
            problems.addAll(BundleTranslations.problems(bundle, languages, loader));
        }
        return problems;
    }
}
