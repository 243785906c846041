package nl.betrokken.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How many answers a decision needs.
 *
 * <ul>
 * <li>{@link #toDecide}: the further respondents after which, if the share stays what it is now, the
 * Wilson interval (with the finite population correction the figures use) lies entirely on one side
 * of a target, by the same rule as a target's status: met when the lower bound reaches the target,
 * not met when the upper bound stays below it.</li>
 * <li>{@link #perWave}: the respondents each of two waves needs to detect a change from p1 to p2 with
 * a two-sided test at the given level and power, by the normal approximation without continuity
 * correction of Fleiss, Levin and Paik (2003), <i>Statistical Methods for Rates and Proportions</i>,
 * 3rd ed., chapter 4, the same formula as R's {@code power.prop.test}: n = (z<sub>&alpha;/2</sub>
 * &radic;(2 p&#772; q&#772;) + z<sub>&beta;</sub> &radic;(p<sub>1</sub>q<sub>1</sub> +
 * p<sub>2</sub>q<sub>2</sub>))&sup2; / (p<sub>1</sub> &minus; p<sub>2</sub>)&sup2;.</li>
 * </ul>
 */
public final class DecisionSize {

    /** Without a known population, more than this many respondents count as "never". */
    static final long WITHOUT_POPULATION = 10_000_000;

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private DecisionSize() {}

    public enum Side {
        ABOVE,
        BELOW
    }

    /**
     * @param further respondents still needed (0: decided already), or null when even every parent
     *     answering would leave it open (the share lies on the target)
     * @param side where the interval would lie
     */
    public record ToDecide(Long further, Side side) {
        public boolean decidable() {
            return further != null;
        }
    }

    public static ToDecide toDecide(
            long positive, long answered, Integer population, double target, double confidence) {
        if (answered <= 0) {
            throw new IllegalArgumentException("with nobody answering there is no share to carry forward");
        }
        double p = (double) positive / answered;
        Side side = p > target ? Side.ABOVE : Side.BELOW;
        if (p == target) {
            return new ToDecide(null, side);
        }
        long most = population != null && population >= answered ? population : WITHOUT_POPULATION;
        if (!decided(p, most, population, target, confidence, side)) {
            return new ToDecide(null, side);
        }
        if (decided(p, answered, population, target, confidence, side)) {
            return new ToDecide(0L, side);
        }
        // the bounds move towards p as n grows (and the correction shrinks): the first n that decides
        long undecided = answered;
        long decides = most;
        while (decides - undecided > 1) {
            long middle = undecided + (decides - undecided) / 2;
            if (decided(p, middle, population, target, confidence, side)) {
                decides = middle;
            } else {
                undecided = middle;
            }
        }
        return new ToDecide(decides - answered, side);
    }

    private static boolean decided(double p, long n, Integer population, double target, double confidence, Side side) {
        Interval interval = Proportions.wilsonOfShare(p, n, confidence, population);
        return side == Side.ABOVE ? interval.lower() >= target : interval.upper() < target;
    }

    /** Respondents per wave (rounded up) to detect a change from p1 to p2. */
    public static long perWave(double p1, double p2, double confidence, double power) {
        if (p1 == p2 || p1 < 0 || p1 > 1 || p2 < 0 || p2 > 1) {
            throw new IllegalArgumentException("a change from " + p1 + " to " + p2 + " cannot be detected");
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must lie between 0 and 1, not " + power);
        }
        return (long) Math.ceil(exactPerWave(p1, p2, confidence, power) - 1e-9);
    }

    static double exactPerWave(double p1, double p2, double confidence, double power) {
        double mean = (p1 + p2) / 2;
        double zAlpha = Proportions.z(confidence);
        double zBeta = NORMAL.inverseCumulativeProbability(power);
        double root = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return root * root / ((p1 - p2) * (p1 - p2));
    }
}
