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
        double population = strata.stream().mapToLong(Stratum::population).sum();
        long respondents = strata.stream().mapToLong(Stratum::answered).sum();
        long positive = strata.stream().mapToLong(Stratum::positive).sum();
        double estimate = 0;
        double variance = 0;
        for (Stratum stratum : strata) {
            double weight = stratum.population() / population;
            double p = stratum.share();
            estimate += weight * p;
            variance += weight
                    * weight
                    * (1 - (double) stratum.answered() / stratum.population())
                    * p
                    * (1 - p)
                    / (stratum.answered() - 1);
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
