package nl.betrokken.targets;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.betrokken.organisations.Sector;

/** A target for the caller's municipality (an administrator names the municipality). */
public record TargetRequest(
        Long municipalityId,

        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @NotBlank(message = "is required") String questionnaireId,
        @NotBlank(message = "is required") String indicatorId,

        @NotNull(message = "is required, as a fraction such as 0.9 for 90 %")
        @DecimalMin(value = "0.0001", message = "must be more than 0")
        @DecimalMax(value = "1", message = "must be at most 1 (100 %)")
        BigDecimal threshold,

        @NotNull(message = "is required, as a date such as 2028-12-31")
        LocalDate deadline,

        Sector sector,
        Long institutionId) {}
