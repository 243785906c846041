package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Percentiles as Hyndman and Fan (1996) definition 7, the one of R's quantile() and of Excel's
 * PERCENTILE.INC and QUARTILE.INC.
 */
class PercentilesTest {

    @Test
    void theQuartilesOfMicrosoftsPublishedExample() {
        // Microsoft's QUARTILE.INC documentation: for 1, 2, 4, 7, 8, 9, 10, 12 the first quartile is 3.5.
        // The rest by hand with position 1 + p(n - 1): p10 at 1.7 -> 1 + 0.7 x 1; median at 4.5 -> 7.5;
        // p75 at 6.25 -> 9 + 0.25 x 1; p90 at 7.3 -> 10 + 0.3 x 2.
        Percentiles p = Percentiles.of(new double[] {9, 1, 12, 4, 7, 2, 10, 8});
        assertEquals(8, p.schools());
        assertEquals(1.7, p.p10(), 1e-12);
        assertEquals(3.5, p.p25(), 1e-12);
        assertEquals(7.5, p.p50(), 1e-12);
        assertEquals(9.25, p.p75(), 1e-12);
        assertEquals(10.6, p.p90(), 1e-12);
    }

    @Test
    void aShareOnABoundaryCountsWithTheBandAboveIt() {
        // ten schools; by hand, and the same in R (quantile) and numpy (percentile, linear): 0.29, 0.425, 0.55, 0.675,
        // 0.82
        Percentiles p = Percentiles.of(new double[] {0.2, 0.3, 0.4, 0.5, 0.5, 0.6, 0.6, 0.7, 0.8, 1.0});
        assertEquals(0.29, p.p10(), 1e-12);
        assertEquals(0.425, p.p25(), 1e-12);
        assertEquals(0.55, p.p50(), 1e-12);
        assertEquals(0.675, p.p75(), 1e-12);
        assertEquals(0.82, p.p90(), 1e-12);
        assertEquals(PercentileBand.LOWEST_10, p.band(0.2));
        assertEquals(PercentileBand.P10_TO_25, p.band(0.29));
        assertEquals(PercentileBand.P25_TO_50, p.band(0.5));
        assertEquals(PercentileBand.P50_TO_75, p.band(0.55));
        assertEquals(PercentileBand.P75_TO_90, p.band(0.82));
        assertEquals(PercentileBand.HIGHEST_10, p.band(1.0));
    }

    @Test
    void oneSchoolIsNoSpread() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {0.5}));
    }
}
