package nl.betrokken.analysis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * A municipality's disclosure rules (the smallest group of parents and of staff whose answers may be
 * shown; the smallest institution whose name may stand on raw rows), how it reads figures (confidence,
 * the response rate from which a figure is representative, weighting for targets) and, where known,
 * how all its parents are made up.
 */
public record MunicipalitySettings(
        @NotNull(message = "is required")
        @Min(value = 5, message = "must be at least 5: smaller groups could be recognised")
        @Max(value = 100, message = "must be at most 100")
        Integer parentThreshold,

        @NotNull(message = "is required")
        @Min(value = 5, message = "must be at least 5: smaller groups could be recognised")
        @Max(value = 100, message = "must be at most 100")
        Integer staffThreshold,

        @NotNull(message = "is required")
        @Min(value = 5, message = "must be at least 5: smaller groups could be recognised")
        @Max(value = 1000, message = "must be at most 1000")
        Integer microdataThreshold,

        @NotNull(message = "is required (an empty list is fine)")
        List<@Valid PopulationShare> populationShares,

        /** The confidence level of intervals, such as 0.95; left out: the service's default. */
        @DecimalMin(value = "0.5", message = "must be at least 0.5, such as 0.9, 0.95 or 0.99")
        @DecimalMax(value = "0.99", message = "must be at most 0.99")
        BigDecimal confidence,

        /** At most once per this many hours are live figures published; left out: the service's default. */
        @Min(value = 1, message = "must be at least 1 hour")
        @Max(value = 168, message = "must be at most 168 hours (a week)")
        Integer publishEveryHours,

        /** Whether the municipality's analysts log in with a second factor; left out: unchanged. */
        Boolean twoFactorForAnalysts,

        /** Below this share of its parents answering, a figure is not representative; left out: the default. */
        @DecimalMin(value = "0.01", message = "must be at least 0.01 (1 %)")
        @DecimalMax(value = "1", message = "must be at most 1 (100 %)")
        BigDecimal minParentResponseRate,

        /** The same for staff questionnaires; left out: the default. */
        @DecimalMin(value = "0.01", message = "must be at least 0.01 (1 %)")
        @DecimalMax(value = "1", message = "must be at most 1 (100 %)")
        BigDecimal minStaffResponseRate,

        /** Whether targets are judged on the figure weighted by school; left out: unchanged. */
        Boolean weightedTargets) {

    /** e.g. item home-language, answer other, share 0.23: 23 % of all parents speak another language at home. */
    public record PopulationShare(
            @NotBlank(message = "is required") String itemKey,
            @NotBlank(message = "is required") String answer,

            @NotNull(message = "is required")
            @DecimalMin(value = "0", message = "must be 0 or more")
            @DecimalMax(value = "1", message = "must be at most 1")
            BigDecimal share) {}
}
