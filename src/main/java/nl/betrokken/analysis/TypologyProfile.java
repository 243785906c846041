package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a school stands on the ladder of school types, now and as wished, for parents and for staff,
 * and the statements where wish and practice lie furthest apart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TypologyProfile(long institutionId, String institution, List<Side> sides) {

    /** One audience's view (parents or staff) from one wave. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(
            String audience,
            String questionnaireId,
            Long waveId,
            String wave,
            long respondents,
            int threshold,
            boolean suppressed,
            List<Rung> rungs,
            String currentRung,
            String desiredRung,
            List<ImprovementPoint> improvementPoints) {}

    /** Share of positive answers among the statements of one rung, per mode. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rung(
            String id, String label, Double current, Double desired, long answersCurrent, long answersDesired) {}

    /** A statement ranked by desired minus current share of "yes". */
    public record ImprovementPoint(
            String itemId, String text, String rung, double current, double desired, double gap, long respondents) {}
}
