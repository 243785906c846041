package nl.betrokken.disclosure;

import java.util.Map;

/**
 * One wave institution's counts for one measure: per answer for an item ('*' counts everyone who
 * answered), positive and answered for an indicator, or per part the n, sum and sum of squares of
 * a scale. {@code n} is the number of respondents the thresholds are checked against.
 */
record Cell(long n, Map<String, Long> counts, Map<String, double[]> moments) {

    long count(String key) {
        return counts.getOrDefault(key, 0L);
    }
}
