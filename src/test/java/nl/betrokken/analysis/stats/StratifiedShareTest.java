package nl.betrokken.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.betrokken.analysis.stats.StratifiedShare.Stratum;
import org.junit.jupiter.api.Test;

/**
 * The stratified share against a computation by hand from Cochran (1977), Sampling Techniques, 3rd
 * ed., chapter 5 (the stratified estimate of a proportion and its estimated variance with a finite
 * population correction per stratum), checked once in a separate Python implementation. Every step
 * is written out so a reader can redo it on paper.
 */
class StratifiedShareTest {

    private static final double E = 1e-4;

    // three schools: 200 parents of whom 40 answered (30 positive), 100 (25, 10), 50 (20, 18)
    private static final List<Stratum> THREE_SCHOOLS =
            List.of(new Stratum(30, 40, 200), new Stratum(10, 25, 100), new Stratum(18, 20, 50));

    @Test
    void eachSchoolCountsForItsParentsNotForItsRespondents() {
        StratifiedShare.Result result = StratifiedShare.of(THREE_SCHOOLS, 0.95);
        // W = 4/7, 2/7, 1/7; p = 0.75, 0.40, 0.90; sum W p = (3.0 + 0.8 + 0.9) / 7 = 4.7 / 7
        assertEquals(0.671429, result.estimate(), 1e-6);
        // unweighted, the same answers give 58 / 85 = 0.682353: the small, very positive school weighs less
        assertEquals(85, result.respondents());
    }

    @Test
    void theVarianceAddsUpEachSchoolsOwnWithItsFinitePopulationCorrection() {
        StratifiedShare.Result result = StratifiedShare.of(THREE_SCHOOLS, 0.95);
        // (16/49)(1 - 40/200)(0.75 * 0.25 / 39) = 0.0012559
        // ( 4/49)(1 - 25/100)(0.40 * 0.60 / 24) = 0.0006122
        // ( 1/49)(1 - 20/50 )(0.90 * 0.10 / 19) = 0.0000580; together 0.0019261, standard error 0.043888
        assertEquals(0.043888, result.standardError(), 1e-6);
        // 0.671429 -/+ 1.959964 * 0.043888
        assertEquals(0.5854, result.lower(), E);
        assertEquals(0.7574, result.upper(), E);
    }

    @Test
    void theDesignEffectComparesWithASimpleSampleOfAsManyParents() {
        StratifiedShare.Result result = StratifiedShare.of(THREE_SCHOOLS, 0.95);
        // simple sample of 85 out of 350: (1 - 85/350)(58/85)(27/85) / 84 = 0.0019537
        // deff = 0.0019261 / 0.0019537 = 0.9859; effective respondents 85 / 0.9859 = 86.2
        assertEquals(0.9859, result.designEffect(), E);
        assertEquals(86.215, result.effectiveRespondents(), 1e-3);
    }

    @Test
    void aSchoolWhereEveryParentAnsweredAddsNoUncertainty() {
        StratifiedShare.Result census =
                StratifiedShare.of(List.of(new Stratum(12, 20, 20), new Stratum(5, 10, 10)), 0.95);
        assertEquals(0.0, census.standardError(), 0.0);
        // (20 * 0.6 + 10 * 0.5) / 30
        assertEquals(17.0 / 30, census.lower(), 1e-12);
        assertEquals(17.0 / 30, census.upper(), 1e-12);
        assertEquals(1.0, census.designEffect(), 0.0, "everyone asked: nothing to compare with");
    }

    @Test
    void oneSchoolIsASimpleSampleWithItsCorrection() {
        StratifiedShare.Result one = StratifiedShare.of(List.of(new Stratum(30, 40, 200)), 0.95);
        // sqrt((1 - 0.2) * 0.1875 / 39) = 0.062017
        assertEquals(0.062017, one.standardError(), 1e-6);
        assertEquals(1.0, one.designEffect(), 1e-12);
    }

    @Test
    void impossibleStrataAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Stratum(1, 1, 10), "one respondent has no variance");
        assertThrows(IllegalArgumentException.class, () -> new Stratum(5, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> new Stratum(2, 12, 10));
        assertThrows(IllegalArgumentException.class, () -> StratifiedShare.of(List.of(), 0.95));
    }
}
