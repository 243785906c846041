package nl.betrokken.waves;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.disclosure.Warning;

/** A wave with the institutions the caller may see, their ways in and how many have answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaveView(
        long id,
        String name,
        long municipalityId,
        String questionnaireId,
        int version,
        Audience audience,
        String title,
        LocalDate opensOn,
        LocalDate closesOn,
        WaveStatus status,
        OffsetDateTime figuresPublishedAt,
        OffsetDateTime finalPublishedAt,
        List<InstitutionRow> institutions) {

    /**
     * One institution: its way in (the link only where the caller asked for it, which the audit trail
     * records), live response numbers, how many codes were made and may be, and signs of padding.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstitutionRow(
            long institutionId,
            String institution,
            Access access,
            String link,
            Integer population,
            long submitted,
            long inProgress,
            Double responseRate,
            Long codes,
            Integer codeLimit,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {}
}
