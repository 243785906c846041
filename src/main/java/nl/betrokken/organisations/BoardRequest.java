package nl.betrokken.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record BoardRequest(
        @NotNull(message = "is required") Long municipalityId,

        @NotBlank(message = "is required") @Size(max = 160, message = "must be at most 160 characters")
        String name) {}
