package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.betrokken.analysis.stats.Interval;
import nl.betrokken.analysis.stats.Proportions;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Warning;
import nl.betrokken.disclosure.Withheld;

/**
 * A share of positive respondents for one group, with its interval; or, when disclosure control
 * withholds it, only why. {@code leftOut} counts the group's institutions whose answers are too
 * few to count in it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(
        String group,
        Long groupId,
        Long positive,
        Long answered,
        Double share,
        Double lower,
        Double upper,
        boolean suppressed,
        Withheld withheld,
        Integer institutions,
        Integer leftOut,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {

    public static Figure of(String group, Long groupId, Aggregate counts, double confidence) {
        if (!counts.shown()) {
            return new Figure(
                    group,
                    groupId,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    counts.withheld(),
                    null,
                    counts.leftOut() == 0 ? null : counts.leftOut(),
                    List.of());
        }
        Interval interval = Proportions.wilson(counts.positive(), counts.answered(), confidence, counts.population());
        return new Figure(
                group,
                groupId,
                counts.positive(),
                counts.answered(),
                interval.estimate(),
                interval.lower(),
                interval.upper(),
                false,
                null,
                counts.institutions(),
                counts.leftOut() == 0 ? null : counts.leftOut(),
                counts.warnings());
    }

    public boolean shown() {
        return !suppressed && share != null;
    }
}
