package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The change of every shared indicator from a baseline wave to a follow-up. */
public record Comparison(long baselineWaveId, long followUpWaveId, double confidence, List<Change> changes) {

    /** Follow-up minus baseline, with Newcombe's interval; "significant" only when it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            String indicatorId,
            String label,
            Double baseline,
            Double followUp,
            Double difference,
            Double lower,
            Double upper,
            Double pValue,
            Boolean significant,
            boolean suppressed) {}
}
