package nl.betrokken.waves;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A new wave. Without a version, the questionnaire's latest version is used. */
public record WaveRequest(
        @NotBlank(message = "is required") @Size(max = 160, message = "must be at most 160 characters")
        String name,

        @NotBlank(message = "is required") String questionnaireId,
        Integer version,

        @NotNull(message = "is required, as a date such as 2027-03-01")
        LocalDate opensOn,

        @NotNull(message = "is required, as a date such as 2027-03-31")
        LocalDate closesOn,

        @NotNull(message = "is required: link or codes") Access access,

        @NotEmpty(message = "must list at least one institution")
        @Size(max = 500, message = "must list at most 500 institutions")
        List<Long> institutionIds) {}
