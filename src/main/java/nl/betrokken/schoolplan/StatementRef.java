package nl.betrokken.schoolplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A statement of a questionnaire, by the questionnaire's id and the item's id ({@code
 * school-typology-parents}, {@code t12}): generic, so that other lists than the typology lists can be
 * the source of an action.
 */
public record StatementRef(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String questionnaireId,

        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String itemId) {

    /** "school-typology-parents/t12", as a form sends it. */
    String value() {
        return questionnaireId + "/" + itemId;
    }
}
