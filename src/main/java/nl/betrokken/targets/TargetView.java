package nl.betrokken.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import nl.betrokken.analysis.Figure;
import nl.betrokken.analysis.WeightedShare;
import nl.betrokken.disclosure.Withheld;
import nl.betrokken.organisations.Sector;
import nl.betrokken.waves.Wave;

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
        /** Shown, but answered by fewer of the group's parents than the municipality's minimum response rate. */
        UNREPRESENTATIVE("undetermined-unrepresentative"),
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

        /** {@code weightedTargets}: judged on the interval of the share weighted by school, where there is one. */
        static Status of(Figure figure, double threshold, boolean weightedTargets) {
            if (!figure.shown()) {
                return figure.withheld() == null || figure.withheld() == Withheld.TOO_FEW_ANSWERS
                        ? TOO_FEW_RESPONSES
                        : NOT_SHOWN;
            }
            if (figure.unrepresentative()) {
                return UNREPRESENTATIVE;
            }
            if (figure.lowerFor(weightedTargets) >= threshold) {
                return MET;
            }
            return figure.upperFor(weightedTargets) < threshold ? NOT_MET : UNDETERMINED;
        }
    }

    /**
     * The target's figure in one wave; {@code weighted} and its bounds when the group's schools could be
     * weighted by their number of parents.
     */
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
            Withheld withheld,
            Double responseRate,
            Boolean representative,
            Double weighted,
            Double weightedLower,
            Double weightedUpper) {

        static Point of(Wave wave, Figure figure) {
            WeightedShare w = figure.weighted();
            return new Point(
                    wave.id,
                    wave.name,
                    wave.opensOn,
                    figure.answered(),
                    figure.share(),
                    figure.lower(),
                    figure.upper(),
                    figure.suppressed(),
                    figure.withheld(),
                    figure.responseRate(),
                    figure.representative(),
                    w == null ? null : w.share(),
                    w == null ? null : w.lower(),
                    w == null ? null : w.upper());
        }

        /** The share a trend is drawn through: the weighted one when targets are judged on it. */
        double judged(boolean weightedTargets) {
            return weightedTargets && weighted != null ? weighted : share;
        }
    }
}
