package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.betrokken.disclosure.MicrodataRelease.Details;
import nl.betrokken.disclosure.MicrodataRelease.Released;
import nl.betrokken.organisations.Sector;

/**
 * What rows of raw answers may say about their sender, worked out by hand: figure threshold 5,
 * microdata threshold 10. School A (30 responses) may be named; B (6) and C (4) only by sector.
 *
 * <pre>
 * rows                         kept                      because
 * A week 1, nl, dutch   x20    everything                20 share every detail
 * A week 1/2, ar, other  x5    all but the week          3 and 2 per week; 5 without it
 * A week 2, nl, dutch    x4    school only               4 without the week; with the next row 5 share "A"
 * A week 1, tr, other    x1    school only
 * B week 1, nl, dutch    x6    all but the school name   B has fewer than 10 responses
 * C week 1, nl/pl        x4    nothing                   4 rows in all: too few even as "secondary"
 * </pre>
 */
class MicrodataReleaseTest {

    private static final Unit A = new Unit(1, 11, "School A", 100, Sector.PRIMARY, 120, 30, null);
    private static final Unit B = new Unit(2, 12, "School B", 100, Sector.PRIMARY, 40, 6, null);
    private static final Unit C = new Unit(3, 13, "School C", 200, Sector.SECONDARY, 60, 4, null);

    private static Details row(Unit unit, String week, String language, String homeLanguage) {
        return new Details(unit.waveInstitutionId(), week, language, List.of(homeLanguage));
    }

    @Test
    void rowsLoseDetailsUntilEnoughRowsShareWhatIsLeft() {
        Map<Details, Long> counts = new LinkedHashMap<>();
        counts.put(row(A, "2026-11-23", "nl", "dutch"), 20L);
        counts.put(row(A, "2026-11-23", "ar", "other"), 3L);
        counts.put(row(A, "2026-11-30", "ar", "other"), 2L);
        counts.put(row(A, "2026-11-30", "nl", "dutch"), 4L);
        counts.put(row(A, "2026-11-23", "tr", "other"), 1L);
        counts.put(row(B, "2026-11-23", "nl", "dutch"), 6L);
        counts.put(row(C, "2026-11-23", "nl", "dutch"), 3L);
        counts.put(row(C, "2026-11-23", "pl", "other"), 1L);
        MicrodataRelease release = MicrodataRelease.of(List.of(A, B, C), counts, 5, 10);

        assertEquals(new Released("School A", Sector.PRIMARY, "2026-11-23", "nl", true),
                release.release(row(A, "2026-11-23", "nl", "dutch")));
        assertEquals(new Released("School A", Sector.PRIMARY, null, "ar", true), release.release(row(A, "2026-11-23", "ar", "other")));
        assertEquals(new Released("School A", Sector.PRIMARY, null, "ar", true), release.release(row(A, "2026-11-30", "ar", "other")));
        assertEquals(new Released("School A", Sector.PRIMARY, null, null, false), release.release(row(A, "2026-11-30", "nl", "dutch")));
        assertEquals(new Released("School A", Sector.PRIMARY, null, null, false), release.release(row(A, "2026-11-23", "tr", "other")));
        assertEquals(new Released(null, Sector.PRIMARY, "2026-11-23", "nl", true), release.release(row(B, "2026-11-23", "nl", "dutch")),
                "a school under the microdata threshold is never named");
        assertEquals(new Released(null, null, null, null, false), release.release(row(C, "2026-11-23", "nl", "dutch")));
        assertEquals(new Released(null, null, null, null, false), release.release(row(C, "2026-11-23", "pl", "other")));
        assertArrayEquals(new int[] { 26, 5, 5, 0, 4 }, release.rowsPerStep());
    }

    @Test
    void aRowNobodyPlannedForCarriesNothing() {
        MicrodataRelease release = MicrodataRelease.of(List.of(A), Map.of(row(A, "2026-11-23", "nl", "dutch"), 30L), 5, 10);
        assertEquals(new Released(null, null, null, null, false), release.release(row(A, "2026-11-30", "nl", "dutch")));
    }
}
