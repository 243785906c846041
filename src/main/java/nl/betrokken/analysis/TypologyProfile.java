package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a school stands among the school types, now and as wished, for parents and for staff, read
 * two ways; every statement now against desired for both sides; the statements clearly not wanted;
 * and the statements where wish and practice lie furthest apart, grouped by form of involvement and
 * by level.
 *
 * @param statements every statement shown for at least one side, in the order of the list, with one
 *     share per side in the order of {@code sides}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TypologyProfile(long institutionId, String institution, List<Side> sides, List<Statement> statements) {

    /**
     * One audience's view (parents or staff) from one wave. {@code currentRung} and {@code desiredRung}
     * are the ladder reading (the highest type whose statements got at least the list's share of "yes");
     * {@code currentMostYes} and {@code desiredMostYes} the source document's reading (the type whose
     * statements got the largest share of "yes").
     */
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
            String currentMostYes,
            String desiredMostYes,
            double reachedAt,
            List<ImprovementPoint> improvementPoints,
            List<ImprovementPoint> notWanted,
            double notWantedBelow,
            List<Group> byInvolvement,
            List<Group> byLevel) {}

    /** Share of positive answers among the statements of one rung, per mode. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rung(
            String id, String label, Double current, Double desired, long answersCurrent, long answersDesired) {}

    /** A statement with its shares of "yes" now and desired; ranked by desired minus current. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImprovementPoint(
            String itemId,
            String text,
            String rung,
            String involvement,
            String level,
            double current,
            double desired,
            double gap,
            long respondents) {}

    /** The improvement points (desired above current) of one form of involvement or one level, largest gap first. */
    public record Group(String id, String label, List<ImprovementPoint> points) {}

    /**
     * One statement for both sides; a side's share is null where that side's answers are not shown.
     * {@code tagLabels} names its type, form of involvement and level in Dutch.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statement(
            String itemId,
            String text,
            String rung,
            String involvement,
            String level,
            String tagLabels,
            List<Share> bySide) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Share(String audience, Double current, Double desired, Long respondents) {}
}
