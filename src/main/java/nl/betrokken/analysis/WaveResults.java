package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.disclosure.InstitutionTally;
import nl.betrokken.disclosure.Withheld;

/**
 * Everything a dashboard shows of one wave for the groups the caller may see. Respondents are
 * live; figures about answers are those published at {@code publishedAt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaveResults(
        long waveId,
        String wave,
        String questionnaireId,
        int version,
        Audience audience,
        LocalDate opensOn,
        double confidence,
        int threshold,
        OffsetDateTime publishedAt,
        long respondents,
        Long population,
        Double responseRate,
        List<IndicatorResult> indicators,
        List<ItemResult> items,
        List<ScaleResult> scales) {

    /** {@code institutions}: for questionnaires organisations answer about themselves, the count of institutions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorResult(
            String id,
            String label,
            Figure overall,
            List<Figure> bySector,
            List<Figure> byInstitution,
            InstitutionTally institutions) {}

    /** notApplicable is the id of the item's "does not apply / don't know" option, if it has one; the mean leaves it out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(
            String key,
            String itemId,
            String mode,
            String text,
            String type,
            Map<String, String> tags,
            Long answered,
            List<OptionCount> options,
            String notApplicable,
            Double mean,
            Double standardDeviation,
            boolean suppressed,
            Withheld withheld,
            Integer institutions,
            Integer leftOut) {}

    public record OptionCount(String id, String label, long respondents, double share) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScaleResult(
            String id,
            String label,
            List<String> items,
            Long n,
            Double alpha,
            boolean suppressed,
            Integer institutions,
            Integer leftOut) {}
}
