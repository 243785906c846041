package nl.betrokken.disclosure;

import java.util.Arrays;

/**
 * Where schools stand on one indicator: the 10th, 25th, 50th, 75th and 90th percentile of their
 * shares, never the shares themselves, and how many schools they are read from. Percentiles are
 * interpolated between the ordered shares as in Hyndman and Fan (1996) definition 7, the default
 * of R's {@code quantile} and of spreadsheets' PERCENTILE: position 1 + p(n - 1).
 */
public record Percentiles(int schools, double p10, double p25, double p50, double p75, double p90) {

    /** The percentiles of these shares; at least two are needed to speak of a spread. */
    static Percentiles of(double[] shares) {
        if (shares.length < 2) {
            throw new IllegalArgumentException("percentiles need at least two schools, got " + shares.length);
        }
        double[] sorted = shares.clone();
        Arrays.sort(sorted);
        return new Percentiles(
                sorted.length,
                at(sorted, 0.10),
                at(sorted, 0.25),
                at(sorted, 0.50),
                at(sorted, 0.75),
                at(sorted, 0.90));
    }

    private static double at(double[] sorted, double p) {
        double h = p * (sorted.length - 1);
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /** The band a share falls in; a share on a boundary counts with the band above it. */
    public PercentileBand band(double share) {
        if (share < p10) {
            return PercentileBand.LOWEST_10;
        } else if (share < p25) {
            return PercentileBand.P10_TO_25;
        } else if (share < p50) {
            return PercentileBand.P25_TO_50;
        } else if (share < p75) {
            return PercentileBand.P50_TO_75;
        } else if (share <= p90) {
            return PercentileBand.P75_TO_90;
        }
        return PercentileBand.HIGHEST_10;
    }
}
