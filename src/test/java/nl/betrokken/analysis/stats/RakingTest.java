package nl.betrokken.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Raking against an independent computation: for a two-by-two table, the table iterative proportional
 * fitting converges to is the one with the wanted margins and the seed's cross-product (odds) ratio
 * (Deming and Stephan 1940; Bishop, Fienberg and Holland 1975, ch. 3), which here is a quadratic in the
 * first cell, solved below on its own.
 */
public class RakingTest {

    /** The first cell of the table with rows r1, r2, first column c1 and odds ratio theta. */
    public static double oddsRatioSolution(double r1, double r2, double c1, double theta) {
        // x (r2 - c1 + x) = theta (r1 - x)(c1 - x)  ->  (theta - 1) x^2 - (theta (r1 + c1) + r2 - c1) x + theta r1 c1 =
        // 0
        double a = theta - 1;
        double b = -(theta * (r1 + c1) + r2 - c1);
        double c = theta * r1 * c1;
        double root = Math.sqrt(b * b - 4 * a * c);
        double x = (-b - root) / (2 * a);
        return x >= 0 && x <= Math.min(r1, c1) ? x : (-b + root) / (2 * a);
    }

    @Test
    void aTwoByTwoTableMeetsBothMarginsAndKeepsItsOddsRatio() {
        // school A: 20 respondents speak Dutch at home, 5 another language; school B: 10 and 10.
        // A has 100 parents and B 200; half of all 300 parents speak Dutch at home.
        double[][] counts = {{20, 5}, {10, 10}};
        Raking.Result result = Raking.rake(counts, new double[] {100, 200}, new double[] {0.5, 0.5}, -1, 1e-12, 1000);
        assertTrue(result.converged());
        double x11 = oddsRatioSolution(100, 200, 150, (20.0 * 10) / (5 * 10));
        assertEquals(71.9223, x11, 1e-4, "the independent solution, by hand: (1050 - sqrt(382500)) / 6");
        assertEquals(x11, result.totals()[0][0], 1e-4);
        assertEquals(100 - x11, result.totals()[0][1], 1e-4);
        assertEquals(150 - x11, result.totals()[1][0], 1e-4);
        assertEquals(50 + x11, result.totals()[1][1], 1e-4);
        // each respondent's weight: the cell's parents over its respondents
        assertEquals(x11 / 20, result.weight(0, 0, counts), 1e-4);
        // a share positive of 15/20, 1/5, 6/10 and 3/10 per cell, raked
        double raked = (x11 * 0.75 + (100 - x11) * 0.2 + (150 - x11) * 0.6 + (50 + x11) * 0.3) / 300;
        assertEquals(0.4766, raked, 1e-4);
    }

    @Test
    void unknownAnswersFollowTheirSchoolAndTheSharesHoldForTheRest() {
        double[][] counts = {{12, 6, 3}, {4, 9, 6}, {7, 7, 0}};
        double[] schools = {60, 90, 50};
        double[] shares = {0.3, 0.7, 0};
        Raking.Result result = Raking.rake(counts, schools, shares, 2, 1e-12, 1000);
        assertTrue(result.converged());
        double unknown = 0;
        double first = 0;
        double second = 0;
        for (int s = 0; s < 3; s++) {
            double[] row = result.totals()[s];
            assertEquals(schools[s], row[0] + row[1] + row[2], 1e-9, "school " + s + " stands for its parents");
            unknown += row[2];
            first += row[0];
            second += row[1];
        }
        assertEquals(0.3, first / (200 - unknown), 1e-9);
        assertEquals(0.7, second / (200 - unknown), 1e-9);
        // without unknown answers the same schools and shares give the plain two-margin fit
        double[][] known = {{12, 6}, {4, 9}};
        Raking.Result plain = Raking.rake(known, new double[] {60, 90}, new double[] {0.3, 0.7}, -1, 1e-12, 1000);
        assertEquals(oddsRatioSolution(60, 90, 45, (12.0 * 9) / (6 * 4)), plain.totals()[0][0], 1e-6);
    }

    @Test
    void anAnswerNobodyGaveCannotBeGivenItsShare() {
        Raking.Result result = Raking.rake(
                new double[][] {{10, 0}, {8, 0}}, new double[] {50, 50}, new double[] {0.6, 0.4}, -1, 1e-9, 100);
        assertFalse(result.converged());
    }
}
