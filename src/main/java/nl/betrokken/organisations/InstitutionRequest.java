package nl.betrokken.organisations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record InstitutionRequest(
        @NotNull(message = "is required") Long boardId,

        @NotBlank(message = "is required") @Size(max = 160, message = "must be at most 160 characters")
        String name,

        @NotNull(message = "is required: one of preschool, primary, secondary, vocational")
        Sector sector,

        @Pattern(regexp = "[0-9]{2}[A-Z]{2}([0-9]{2})?", message = "must be a BRIN code such as 12AB or 12AB00")
        String brinCode,

        @PositiveOrZero(message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000")
        Integer pupilCount,

        @PositiveOrZero(message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000")
        Integer parentCount,

        @PositiveOrZero(message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000")
        Integer staffCount) {}
