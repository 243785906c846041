package nl.betrokken.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.betrokken.disclosure.Withheld;

/**
 * For each target on a wave's questionnaire: where its group and each of its schools stand, how many
 * further answers would decide the target if the share stays as it is, and how many answers each of
 * two waves needs to show a change of {@code change} (a fraction: 0.05 is five percentage points) with
 * the given power.
 */
public record Decisions(
        long waveId,
        String wave,
        boolean open,
        int threshold,
        double confidence,
        double change,
        double power,
        List<TargetRows> targets) {

    public record TargetRows(long targetId, String name, String indicator, double threshold, List<Row> rows) {}

    /**
     * One group: the target's own (the municipality, a sector or a school), or one of its schools.
     *
     * @param further answers still needed to decide (0: decided now); null when not decidable or not shown
     * @param side "above" or "below": where the interval would then lie
     * @param perWave answers each wave needs to detect the change; null when the figure is not shown
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(
            String group,
            Long institutionId,
            boolean shown,
            Withheld withheld,
            Long answered,
            Integer population,
            Double share,
            Double lower,
            Double upper,
            TargetView.Status status,
            Long further,
            String side,
            Boolean decidable,
            Long perWave) {}
}
