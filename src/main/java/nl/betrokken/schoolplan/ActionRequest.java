package nl.betrokken.schoolplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An action of a school's plan, new or changed. {@code status} is planned when left out; a change
 * carries the {@code revision} it was made from, and is refused (409) when someone saved the action
 * since.
 */
public record ActionRequest(
        @NotEmpty(message = "name at least one statement the action is about")
        @Size(max = 10, message = "must name at most 10 statements")
        List<@Valid @NotNull(message = "must not be null") StatementRef> statements,

        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        String text,

        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String owner,

        @NotNull(message = "is required, as a date such as 2027-06-30")
        LocalDate dueDate,

        @Pattern(regexp = ActionStatus.CODES, message = "must be one of planned, doing, done, dropped")
        String status,

        @Size(max = 4000, message = "must be at most 4000 characters")
        String notes,

        Integer revision) {}
