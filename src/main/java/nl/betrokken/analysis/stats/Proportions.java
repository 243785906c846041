package nl.betrokken.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Shares of respondents and their uncertainty.
 *
 * <ul>
 * <li>Wilson's score interval (Wilson 1927), which stays within 0..1 and behaves at 0 % and 100 %,
 * unlike the textbook Wald interval.</li>
 * <li>With a known population (the number of parents of a school), a finite population correction:
 * z is scaled by sqrt((N - n) / (N - 1)), so that asking every parent leaves no uncertainty.</li>
 * <li>The difference of two independent shares with Newcombe's hybrid score interval (Newcombe 1998,
 * method 10) and the two-sided pooled z-test.</li>
 * </ul>
 */
public final class Proportions {

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private Proportions() {}

    /** The z value of a two-sided interval: 1.95996... for 95 %. */
    public static double z(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie between 0 and 1, not " + confidence);
        }
        return NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    public static Interval wilson(long positive, long n, double confidence) {
        return wilsonWithZ(share(positive, n), n, z(confidence));
    }

    /** Wilson's interval with a finite population correction; a population of null or below n means none. */
    public static Interval wilson(long positive, long n, double confidence, Integer population) {
        return wilsonOfShare(share(positive, n), n, confidence, population);
    }

    /**
     * Wilson's interval for a share p among n respondents, with the correction for a population of
     * that size: also for a share that is not a whole number of respondents out of n, such as the
     * current share carried forward to more respondents.
     */
    public static Interval wilsonOfShare(double p, long n, double confidence, Integer population) {
        if (n <= 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a share of " + p + " among " + n + " has no interval");
        }
        double z = z(confidence);
        if (population != null && population > 1 && population >= n) {
            z *= Math.sqrt((double) (population - n) / (population - 1));
        }
        return wilsonWithZ(p, n, z);
    }

    private static double share(long positive, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("a share of nobody has no interval");
        }
        if (positive < 0 || positive > n) {
            throw new IllegalArgumentException(positive + " positive out of " + n + " is impossible");
        }
        return (double) positive / n;
    }

    private static Interval wilsonWithZ(double p, long n, double z) {
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // at 0 and 1 the bound equals the estimate; clamp the rounding noise
        return new Interval(p, p == 0 ? 0 : Math.max(0, centre - half), p == 1 ? 1 : Math.min(1, centre + half));
    }

    /** A change between two waves: estimate p1 - p2 with Newcombe's interval, and the pooled z-test. */
    public record Difference(double estimate, double lower, double upper, double pValue, double confidence) {

        /** Significant at the interval's level: the interval leaves out zero and the test agrees. */
        public boolean significant() {
            return pValue < 1 - confidence && (lower > 0 || upper < 0);
        }
    }

    public static Difference difference(long positive1, long n1, long positive2, long n2, double confidence) {
        Interval first = wilson(positive1, n1, confidence);
        Interval second = wilson(positive2, n2, confidence);
        double d = first.estimate() - second.estimate();
        double lower =
                d - Math.sqrt(square(first.estimate() - first.lower()) + square(second.upper() - second.estimate()));
        double upper =
                d + Math.sqrt(square(first.upper() - first.estimate()) + square(second.estimate() - second.lower()));
        return new Difference(d, lower, upper, twoSidedPValue(positive1, n1, positive2, n2), confidence);
    }

    /** The two-sided p value of the pooled two-proportion z-test; 1 when both shares are 0 or both 1. */
    public static double twoSidedPValue(long positive1, long n1, long positive2, long n2) {
        double pooled = (double) (positive1 + positive2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return 1;
        }
        double z = ((double) positive1 / n1 - (double) positive2 / n2) / se;
        return 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z)));
    }

    private static double square(double value) {
        return value * value;
    }
}
