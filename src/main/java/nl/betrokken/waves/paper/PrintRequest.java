package nl.betrokken.waves.paper;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Paper forms to print for one school of a wave: how many, the language beside Dutch (none or "nl" for
 * Dutch alone) and optionally the channel of the wave they go out through.
 */
public record PrintRequest(
        @NotNull(message = "is required") Long institutionId,

        @NotNull(message = "is required")
        @Min(value = 1, message = "must be at least 1")
        @Max(value = PaperPrinting.MAX_AT_ONCE, message = "must be at most " + PaperPrinting.MAX_AT_ONCE)
        Integer count,

        String language,
        Long channelId) {}
