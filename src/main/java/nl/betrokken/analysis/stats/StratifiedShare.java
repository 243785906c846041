package nl.betrokken.analysis.stats;

import java.util.List;

/**
 * A share estimated from a stratified sample: each stratum (a school) is sampled on its own and its
 * respondents stand for the stratum's population (post-stratification by school).
 *
 * <p>Estimate and variance as in Cochran (1977), <i>Sampling Techniques</i>, 3rd ed., chapter 5 (the
 * stratified estimate of a proportion): p = &Sigma; W<sub>h</sub> p<sub>h</sub> with W<sub>h</sub> =
 * N<sub>h</sub>/N, and v(p) = &Sigma; W<sub>h</sub>&sup2; (1 &minus; n<sub>h</sub>/N<sub>h</sub>)
 * p<sub>h</sub>(1 &minus; p<sub>h</sub>) / (n<sub>h</sub> &minus; 1), the finite population correction
 * taken per stratum. The interval is the normal one around p (as survey software reports a weighted
 * share); the design effect (Kish 1965) compares v(p) with a simple random sample of as many
 * respondents from the whole population, and the effective number of respondents is n / deff.
 */
public final class StratifiedShare {

    private StratifiedShare() {}

    /** One stratum: positive answers among the answered, out of a population of this many. */
    public record Stratum(long positive, long answered, long population) {
        public Stratum {
            if (answered < 2) {
                throw new IllegalArgumentException("a stratum needs two respondents to estimate its variance");
            }
            if (positive < 0 || positive > answered) {
                throw new IllegalArgumentException(positive + " positive out of " + answered + " is impossible");
            }
            if (population < answered) {
                throw new IllegalArgumentException(answered + " respondents out of a population of " + population);
            }
        }

        double share() {
            return (double) positive / answered;
        }
    }

    public record Result(
            double estimate,
            double standardError,
            double lower,
            double upper,
            double designEffect,
            double effectiveRespondents,
            long respondents) {}

    public static Result of(List<Stratum> strata, double confidence) {
        if (strata.isEmpty()) {
            throw new IllegalArgumentException("a stratified share needs at least one stratum");
        }
        return of(
                strata.stream().mapToLong(Stratum::positive).toArray(),
                strata.stream().mapToLong(Stratum::answered).toArray(),
                strata.stream().mapToDouble(Stratum::population).toArray(),
                confidence);
    }

    /**
     * The same over strata whose sizes need not be whole numbers, such as the cells of a raked table
     * (each cell's respondents standing for the parents its raked weight says); a stratum with fewer
     * parents than respondents has no finite population correction left.
     */
    public static Result of(long[] positives, long[] answered, double[] populations, double confidence) {
        double population = 0;
        long respondents = 0;
        long positive = 0;
        for (int h = 0; h < answered.length; h++) {
            if (answered[h] < 2) {
                throw new IllegalArgumentException("a stratum needs two respondents to estimate its variance");
            }
            population += populations[h];
            respondents += answered[h];
            positive += positives[h];
        }
        double estimate = 0;
        double variance = 0;
        for (int h = 0; h < answered.length; h++) {
            double weight = populations[h] / population;
            double p = (double) positives[h] / answered[h];
            estimate += weight * p;
            variance +=
                    weight * weight * Math.max(0, 1 - answered[h] / populations[h]) * p * (1 - p) / (answered[h] - 1);
        }
        double standardError = Math.sqrt(variance);
        double half = Proportions.z(confidence) * standardError;
        double designEffect = designEffect(variance, positive, respondents, population);
        return new Result(
                estimate,
                standardError,
                Math.max(0, estimate - half),
                Math.min(1, estimate + half),
                designEffect,
                designEffect == 0 ? population : respondents / designEffect,
                respondents);
    }

    /** Without variance in a simple random sample (everyone alike, or everyone asked) there is nothing to compare: 1. */
    private static double designEffect(double variance, long positive, long respondents, double population) {
        double p = (double) positive / respondents;
        double simple = (1 - respondents / population) * p * (1 - p) / (respondents - 1);
        return simple == 0 ? 1 : variance / simple;
    }
}
