package nl.betrokken.waves;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many single-use codes an institution may have in all. */
public record CodeLimitRequest(
        @NotNull(message = "is required")
        @Min(value = 0, message = "must be 0 or more")
        @Max(value = 100000, message = "must be at most 100000")
        Integer limit) {}
