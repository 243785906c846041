package nl.betrokken.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record MunicipalityRequest(
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
        String name,

        @Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS municipality code such as GM0363")
        String cbsCode,
        /** Whether the municipality's analysts must log in with a second factor; left out: unchanged (no, for a new one). */
        Boolean twoFactorForAnalysts) {}
