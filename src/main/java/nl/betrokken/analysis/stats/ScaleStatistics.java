package nl.betrokken.analysis.stats;

import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/** Mean and standard deviation of a scale item from how many picked each point (not-applicable left out). */
public final class ScaleStatistics {

    private ScaleStatistics() {}

    public record Summary(long n, double mean, double standardDeviation) {}

    /** @param countsByScore respondents per scale score */
    public static Summary of(Map<Double, Long> countsByScore) {
        long n = countsByScore.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (var entry : countsByScore.entrySet()) {
            sum += entry.getKey() * entry.getValue();
        }
        double mean = sum / n;
        double squares = 0;
        for (var entry : countsByScore.entrySet()) {
            squares += entry.getValue() * (entry.getKey() - mean) * (entry.getKey() - mean);
        }
        // the sample standard deviation, as SummaryStatistics reports it
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
        return new Summary(n, mean, sd);
    }

    /** Checks {@link #of} against Commons Math on raw values; used by the tests. */
    static SummaryStatistics raw(Map<Double, Long> countsByScore) {
        SummaryStatistics statistics = new SummaryStatistics();
        countsByScore.forEach((score, count) -> {
            for (long i = 0; i < count; i++) {
                statistics.addValue(score);
            }
        });
        return statistics;
    }
}
