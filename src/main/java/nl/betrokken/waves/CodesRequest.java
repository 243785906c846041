package nl.betrokken.waves;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record CodesRequest(
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be at least 1")
        @Max(value = 2000, message = "must be at most 2000 per request")
        Integer count) {}
