package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.betrokken.analysis.stats.Interval;
import nl.betrokken.analysis.stats.Proportions;

/**
 * A share of positive respondents for one group, with its interval; or, for a group too small to
 * show without identifying people, only the fact that it is suppressed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(String group, Long groupId, Long positive, Long answered, Double share, Double lower, Double upper,
        boolean suppressed) {

    static Figure of(String group, Long groupId, long positive, long answered, double confidence, Integer population) {
        if (answered == 0) {
            return new Figure(group, groupId, 0L, 0L, null, null, null, false);
        }
        Interval interval = Proportions.wilson(positive, answered, confidence, population);
        return new Figure(group, groupId, positive, answered, interval.estimate(), interval.lower(), interval.upper(), false);
    }

    static Figure hidden(String group, Long groupId) {
        return new Figure(group, groupId, null, null, null, null, null, true);
    }

    boolean shown() {
        return !suppressed && share != null;
    }
}
