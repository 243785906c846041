package nl.betrokken.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every formula pinned to published or hand-computed values. Where no publication is cited, the
 * expected value was computed by hand from the formula in the class comment (and checked once in
 * a separate Python implementation).
 */
class StatisticsTest {

    private static final double E = 1e-4;

    @Test
    void theNinetyFivePercentZIsTheTextbookOne() {
        assertEquals(1.959964, Proportions.z(0.95), 1e-6);
        assertEquals(2.575829, Proportions.z(0.99), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> Proportions.z(1.0));
    }

    @Test
    void wilsonIntervalMatchesTheKnownValues() {
        Interval interval = Proportions.wilson(81, 263, 0.95);
        assertEquals(81.0 / 263, interval.estimate(), 1e-12);
        assertEquals(0.2553, interval.lower(), E);
        assertEquals(0.3662, interval.upper(), E);

        Interval none = Proportions.wilson(0, 20, 0.95);
        assertEquals(0.0, none.lower(), 0.0);
        assertEquals(0.1611, none.upper(), E);

        Interval all = Proportions.wilson(20, 20, 0.95);
        assertEquals(0.8389, all.lower(), E);
        assertEquals(1.0, all.upper(), 0.0);
    }

    @Test
    void aFinitePopulationNarrowsTheIntervalAndAFullCountLeavesNoUncertainty() {
        Interval of400 = Proportions.wilson(81, 263, 0.95, 400);
        assertEquals(0.2763, of400.lower(), E);
        assertEquals(0.3416, of400.upper(), E);

        Interval everyone = Proportions.wilson(81, 263, 0.95, 263);
        assertEquals(81.0 / 263, everyone.lower(), 1e-9);
        assertEquals(81.0 / 263, everyone.upper(), 1e-9);

        Interval unknown = Proportions.wilson(81, 263, 0.95, null);
        assertEquals(0.2553, unknown.lower(), E, "no population known: no correction");
    }

    @Test
    void newcombeDifferenceMatchesNewcombe1998Method10() {
        // Newcombe (1998), Statistics in Medicine 17:873-890, table II example (56/70 vs 48/80): 0.0524 to 0.3339
        Proportions.Difference difference = Proportions.difference(56, 70, 48, 80, 0.95);
        assertEquals(0.2, difference.estimate(), 1e-12);
        assertEquals(0.0524, difference.lower(), E);
        assertEquals(0.3339, difference.upper(), E);
        assertEquals(0.00805, difference.pValue(), 1e-5);
        assertTrue(difference.significant());

        Proportions.Difference smallGroups = Proportions.difference(9, 10, 3, 10, 0.95);
        assertEquals(0.1705, smallGroups.lower(), E);
        assertEquals(0.8090, smallGroups.upper(), E);
    }

    @Test
    void noDifferenceIsNotSignificant() {
        Proportions.Difference same = Proportions.difference(30, 60, 31, 60, 0.95);
        assertTrue(same.lower() < 0 && same.upper() > 0);
        assertFalse(same.significant());
        assertEquals(1.0, Proportions.twoSidedPValue(0, 10, 0, 20), 0.0, "both zero: nothing to test");
    }

    @Test
    void scaleMeanAndStandardDeviationFromCounts() {
        Map<Double, Long> counts = Map.of(1.0, 3L, 2.0, 5L, 3.0, 10L, 4.0, 2L);
        ScaleStatistics.Summary summary = ScaleStatistics.of(counts);
        assertEquals(20, summary.n());
        assertEquals(2.55, summary.mean(), 1e-12);
        assertEquals(0.887041, summary.standardDeviation(), 1e-6);
        var raw = ScaleStatistics.raw(counts);
        assertEquals(raw.getMean(), summary.mean(), 1e-12);
        assertEquals(raw.getStandardDeviation(), summary.standardDeviation(), 1e-12);
    }

    @Test
    void cronbachsAlphaFromSumsEqualsTheTextbookComputation() {
        // six respondents, three items: item variances 1.1, 1.4667, 1.9; total variance 11.4667 -> alpha 0.91570
        double[][] data = {{4, 5, 4}, {3, 3, 2}, {5, 5, 5}, {2, 3, 3}, {4, 4, 5}, {3, 2, 2}};
        double[] sums = new double[3];
        double[] squares = new double[3];
        double totalSum = 0;
        double totalSquares = 0;
        for (double[] row : data) {
            double total = 0;
            for (int i = 0; i < 3; i++) {
                sums[i] += row[i];
                squares[i] += row[i] * row[i];
                total += row[i];
            }
            totalSum += total;
            totalSquares += total * total;
        }
        assertEquals(0.915698, CronbachAlpha.of(data.length, sums, squares, totalSum, totalSquares), 1e-6);
        assertTrue(
                Double.isNaN(CronbachAlpha.of(1, sums, squares, totalSum, totalSquares)), "one respondent: undefined");
    }
}
