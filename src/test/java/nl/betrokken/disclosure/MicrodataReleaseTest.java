package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.disclosure.MicrodataRelease.Details;
import nl.betrokken.disclosure.MicrodataRelease.Released;
import nl.betrokken.organisations.Sector;
import org.junit.jupiter.api.Test;

/**
 * What rows of raw answers may say about their sender, worked out by hand: figure threshold 5,
 * microdata threshold 10. School A (30 responses) may be named; B (6) and C (4) only by sector. The
 * background items are the language at home (2 different answers) and the channels a parent hears
 * from school through (4), answered in 3 languages in 2 weeks: details go in the order week,
 * channels (the most different values), answering language, language at home.
 *
 * <pre>
 * rows                                   kept                          because
 * A week 1, nl, dutch, app        x20    everything                    20 share every detail
 * A week 1/2, ar, other, app       x5    all but the week              3 and 2 per week; 5 without it
 * A nl, dutch, paper/email/website x5    all but week and channels     2, 2 and 1 with channels; 5 without
 * B week 1, nl, dutch, app         x6    all but the school name       B has fewer than 10 responses
 * C nl or pl                       x4    nothing                       4 rows in all: too few even as "secondary"
 * </pre>
 */
class MicrodataReleaseTest {

    private static final Unit A = new Unit(1, 11, "School A", 100, Sector.PRIMARY, 120, 30, null);
    private static final Unit B = new Unit(2, 12, "School B", 100, Sector.PRIMARY, 40, 6, null);
    private static final Unit C = new Unit(3, 13, "School C", 200, Sector.SECONDARY, 60, 4, null);
    private static final List<String> ITEMS = List.of("home-language", "contact-channels");
    private static final String WEEK_1 = "2026-11-23";
    private static final String WEEK_2 = "2026-11-30";

    private static Details row(Unit unit, String week, String language, String home, String channels) {
        return new Details(unit.waveInstitutionId(), week, language, List.of(home, channels));
    }

    @Test
    void rowsLoseDetailsUntilEnoughRowsShareWhatIsLeft() {
        Map<Details, Long> counts = new LinkedHashMap<>();
        counts.put(row(A, WEEK_1, "nl", "dutch", "app"), 20L);
        counts.put(row(A, WEEK_1, "ar", "other", "app"), 3L);
        counts.put(row(A, WEEK_2, "ar", "other", "app"), 2L);
        counts.put(row(A, WEEK_1, "nl", "dutch", "paper"), 2L);
        counts.put(row(A, WEEK_2, "nl", "dutch", "email"), 2L);
        counts.put(row(A, WEEK_1, "nl", "dutch", "website"), 1L);
        counts.put(row(B, WEEK_1, "nl", "dutch", "app"), 6L);
        counts.put(row(C, WEEK_1, "nl", "dutch", "app"), 3L);
        counts.put(row(C, WEEK_1, "pl", "other", "app"), 1L);
        MicrodataRelease release = MicrodataRelease.of(List.of(A, B, C), ITEMS, counts, 5, 10);

        assertEquals(
                new Released("School A", Sector.PRIMARY, WEEK_1, "nl", Set.of()),
                release.release(row(A, WEEK_1, "nl", "dutch", "app")));
        assertEquals(
                new Released("School A", Sector.PRIMARY, null, "ar", Set.of()),
                release.release(row(A, WEEK_2, "ar", "other", "app")));
        for (Details d : List.of(
                row(A, WEEK_1, "nl", "dutch", "paper"),
                row(A, WEEK_2, "nl", "dutch", "email"),
                row(A, WEEK_1, "nl", "dutch", "website"))) {
            assertEquals(
                    new Released("School A", Sector.PRIMARY, null, "nl", Set.of("contact-channels")),
                    release.release(d));
        }
        assertEquals(
                new Released(null, Sector.PRIMARY, WEEK_1, "nl", Set.of()),
                release.release(row(B, WEEK_1, "nl", "dutch", "app")),
                "a school under the microdata threshold is never named");
        Released nothing = new Released(null, null, null, null, Set.copyOf(ITEMS));
        assertEquals(nothing, release.release(row(C, WEEK_1, "nl", "dutch", "app")));
        assertEquals(nothing, release.release(row(C, WEEK_1, "pl", "other", "app")));
        assertEquals(new MicrodataRelease.Summary(26, 10, 0, 4), release.summary());
    }

    @Test
    void aRowNobodyPlannedForCarriesNothing() {
        MicrodataRelease release =
                MicrodataRelease.of(List.of(A), ITEMS, Map.of(row(A, WEEK_1, "nl", "dutch", "app"), 30L), 5, 10);
        assertEquals(
                new Released(null, null, null, null, Set.copyOf(ITEMS)),
                release.release(row(A, WEEK_2, "nl", "dutch", "app")));
    }
}
