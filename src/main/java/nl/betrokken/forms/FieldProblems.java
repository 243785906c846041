package nl.betrokken.forms;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.betrokken.definitions.answers.PageAnswers;

/** What is wrong with one answer, in words, for every form built on definitions. */
public final class FieldProblems {

    private FieldProblems() {}

    public static String text(PageAnswers.FieldError error, String language) {
        FormMessages messages = MessageBundles.get(FormMessages.class, Localized.Literal.of(language));
        return switch (error.problem()) {
            case REQUIRED -> messages.error_required();
            case CHOICE -> messages.error_choice();
            case NUMBER -> messages.error_number();
            case NUMBER_MIN -> messages.error_number_min(error.argument());
            case NUMBER_MAX -> messages.error_number_max(error.argument());
            case TOO_LONG -> messages.error_too_long(Integer.parseInt(error.argument()));
        };
    }
}
