package nl.betrokken.respond.paper;

import java.util.List;
import java.util.Map;
import nl.betrokken.common.api.ApiError;
import nl.betrokken.definitions.answers.PageAnswers;

/**
 * Answers of a paper form that cannot be stored: an option that does not exist, a number out of
 * range, a field that is no question of the questionnaire. Nothing is stored; the entry screen shows
 * the form again with what was typed.
 */
public class InvalidPaperAnswers extends RuntimeException {

    private final Map<String, PageAnswers.FieldError> errors;
    private final Map<String, List<String>> typed;

    InvalidPaperAnswers(Map<String, PageAnswers.FieldError> errors, Map<String, List<String>> typed) {
        super(errors.size() + " answers cannot be stored: " + errors.keySet());
        this.errors = errors;
        this.typed = typed;
    }

    public Map<String, PageAnswers.FieldError> errors() {
        return errors;
    }

    public Map<String, List<String>> typed() {
        return typed;
    }

    /** The errors as the API reports them, one per answer key, in English. */
    ApiError apiError() {
        return ApiError.invalid(errors.values().stream()
                .map(e -> new ApiError.FieldError("answers." + e.key(), english(e)))
                .toList());
    }

    private static String english(PageAnswers.FieldError error) {
        if (error.problem() == null) {
            return "is not a question of this questionnaire";
        }
        return switch (error.problem()) {
            case CHOICE -> "is not one of the question's options (or more than one for a single choice)";
            case NUMBER -> "is not a number";
            case NUMBER_MIN -> "must be at least " + error.argument();
            case NUMBER_MAX -> "must be at most " + error.argument();
            case TOO_LONG -> "must be at most " + error.argument() + " characters";
            case REQUIRED -> "is required";
        };
    }
}
