package nl.betrokken.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import nl.betrokken.analysis.Figure;
import nl.betrokken.disclosure.Withheld;
import nl.betrokken.organisations.Sector;

/** A target with where it stands: the latest figure against the threshold, and the trend over waves. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetView(
        long id,
        long municipalityId,
        String name,
        String questionnaireId,
        String indicatorId,
        String indicator,
        double threshold,
        LocalDate deadline,
        Sector sector,
        Long institutionId,
        String institutionName,
        Status status,
        Point latest,
        List<Point> trend,
        Double slopePerYear,
        Double projectedAtDeadline) {

    public enum Status {
        /** The lower bound of the interval reaches the threshold. */
        MET("met"),
        /** The upper bound stays below the threshold. */
        NOT_MET("not-met"),
        /** The interval straddles the threshold: the data cannot tell yet. */
        UNDETERMINED("undetermined"),
        /** Fewer respondents than the privacy threshold, or none. */
        TOO_FEW_RESPONSES("too-few-responses"),
        /** The figure reaches beyond the viewer's own institutions further than disclosure control allows. */
        NOT_SHOWN("not-shown");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }

        static Status of(Figure figure, double threshold) {
            if (!figure.shown()) {
                return figure.withheld() == null || figure.withheld() == Withheld.TOO_FEW_ANSWERS
                        ? TOO_FEW_RESPONSES
                        : NOT_SHOWN;
            }
            if (figure.lower() >= threshold) {
                return MET;
            }
            return figure.upper() < threshold ? NOT_MET : UNDETERMINED;
        }
    }

    /** The target's figure in one wave. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(
            long waveId,
            String wave,
            LocalDate date,
            Long answered,
            Double share,
            Double lower,
            Double upper,
            boolean suppressed,
            Withheld withheld) {}
}
