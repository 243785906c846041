package nl.betrokken.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.betrokken.analysis.stats.DecisionSize.Side;
import nl.betrokken.analysis.stats.DecisionSize.ToDecide;
import org.junit.jupiter.api.Test;

/**
 * The answers a decision needs. The sample size per wave against the published example of R's
 * {@code power.prop.test} (R documentation, stats package: p1 = 0.50, p2 = 0.75, power = 0.90 gives
 * n = 76.7 per group), which implements Fleiss, Levin and Paik (2003), chapter 4, without continuity
 * correction. The further answers to decide a target were searched by hand in a separate Python loop
 * over n with the Wilson interval and finite population correction of {@link Proportions}; the test
 * also checks that one answer fewer does not decide.
 */
class DecisionSizeTest {

    @Test
    void answersPerWaveMatchPowerPropTest() {
        assertEquals(76.7069, DecisionSize.exactPerWave(0.50, 0.75, 0.95, 0.90), 1e-4);
        assertEquals(77, DecisionSize.perWave(0.50, 0.75, 0.95, 0.90), "rounded up: a part of a parent cannot answer");
        // power.prop.test(p1 = 0.5, p2 = 0.6, power = 0.8): n = 387.3385
        assertEquals(387.3385, DecisionSize.exactPerWave(0.5, 0.6, 0.95, 0.8), 1e-4);
        assertEquals(
                DecisionSize.exactPerWave(0.6, 0.5, 0.95, 0.8),
                DecisionSize.exactPerWave(0.5, 0.6, 0.95, 0.8),
                1e-12,
                "a fall needs as many as a rise");
        assertThrows(IllegalArgumentException.class, () -> DecisionSize.perWave(0.5, 0.5, 0.95, 0.8));
    }

    @Test
    void furtherAnswersUntilTheIntervalClearsTheTarget() {
        // 60 of 83 positive (72.3 %) among 250 parents, target 75 %: at 200 answers the upper bound drops below
        ToDecide below = DecisionSize.toDecide(60, 83, 250, 0.75, 0.95);
        assertEquals(117, below.further());
        assertEquals(Side.BELOW, below.side());
        assertMinimal(60.0 / 83, 83 + 117, 250, 0.75, Side.BELOW);

        // 30 of 38 (78.9 %) among 100 parents, target 70 %: 13 more make the lower bound reach 70 %
        ToDecide above = DecisionSize.toDecide(30, 38, 100, 0.70, 0.95);
        assertEquals(13, above.further());
        assertEquals(Side.ABOVE, above.side());
        assertMinimal(30.0 / 38, 38 + 13, 100, 0.70, Side.ABOVE);

        assertEquals(29, DecisionSize.toDecide(10, 20, 100, 0.60, 0.95).further());
    }

    @Test
    void withoutAKnownPopulationThereIsNoCorrectionAndManyMoreAreNeeded() {
        ToDecide unknown = DecisionSize.toDecide(60, 83, null, 0.75, 0.95);
        assertEquals(898, unknown.further());
        assertMinimal(60.0 / 83, 83 + 898, null, 0.75, Side.BELOW);
    }

    @Test
    void decidedAlreadyOrNeverDecidable() {
        ToDecide decided = DecisionSize.toDecide(60, 83, 250, 0.60, 0.95);
        assertEquals(0, decided.further(), "the lower bound 63.8 % already reaches 60 %");
        assertEquals(Side.ABOVE, decided.side());

        ToDecide onTheLine = DecisionSize.toDecide(15, 20, 100, 0.75, 0.95);
        assertFalse(onTheLine.decidable());
        assertNull(onTheLine.further(), "exactly on the target: not even every parent answering decides");

        assertTrue(
                DecisionSize.toDecide(74, 100, 120, 0.75, 0.95).decidable(),
                "just below the target with a known population: asking everyone decides");
    }

    private static void assertMinimal(double share, long n, Integer population, double target, Side side) {
        assertTrue(decides(share, n, population, target, side), "decides at " + n);
        assertFalse(decides(share, n - 1, population, target, side), "not yet at " + (n - 1));
    }

    private static boolean decides(double share, long n, Integer population, double target, Side side) {
        Interval interval = Proportions.wilsonOfShare(share, n, 0.95, population);
        return side == Side.ABOVE ? interval.lower() >= target : interval.upper() < target;
    }
}
