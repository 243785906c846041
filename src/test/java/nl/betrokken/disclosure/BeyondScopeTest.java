package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.betrokken.disclosure.BeyondScope.Part;
import org.junit.jupiter.api.Test;

/**
 * The pattern of aggregates beyond a viewer's own institutions, worked out by hand with threshold
 * 5 and at least 3 institutions outside the viewer's scope. A part is (institutions, answered,
 * positive) of the institutions outside the scope.
 */
class BeyondScopeTest {

    private static Map<String, Withheld> pattern(Part whole, Part primary, Part secondary) {
        Map<String, Part> sectors = new LinkedHashMap<>();
        sectors.put("primary", primary);
        sectors.put("secondary", secondary);
        sectors.put("preschool", Part.NONE);
        return BeyondScope.pattern(whole, sectors, 5, 3);
    }

    @Test
    void safePartsAreShown() {
        assertEquals(Map.of(), pattern(new Part(3, 40, 20), new Part(3, 40, 20), Part.NONE));
        assertEquals(Map.of(), pattern(new Part(6, 80, 30), new Part(3, 40, 20), new Part(3, 40, 10)));
    }

    @Test
    void aPartOfFewerThanThreeInstitutionsIsNotShown() {
        assertEquals(
                Map.of(
                        BeyondScope.ALL,
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE,
                        "primary",
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE),
                pattern(new Part(2, 30, 10), new Part(2, 30, 10), Part.NONE));
    }

    @Test
    void answersOfExactlyTheThresholdPerInstitutionWouldPinEachOfThem() {
        // three institutions with 15 answers: each counted one has at least 5, so each has exactly 5
        assertEquals(
                Map.of(
                        BeyondScope.ALL,
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE,
                        "primary",
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE),
                pattern(new Part(3, 15, 7), new Part(3, 15, 7), Part.NONE));
        assertEquals(Map.of(), pattern(new Part(3, 16, 7), new Part(3, 16, 7), Part.NONE));
    }

    @Test
    void noPositiveAnswerWouldPinEveryInstitutionsPositivesAtZero() {
        assertEquals(
                Map.of(
                        BeyondScope.ALL,
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE,
                        "primary",
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE),
                pattern(new Part(3, 40, 0), new Part(3, 40, 0), Part.NONE));
    }

    @Test
    void everyAnswerPositiveWouldPinEveryInstitutionsOtherAnswersAtZero() {
        assertEquals(
                Map.of(
                        BeyondScope.ALL,
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE,
                        "primary",
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE),
                pattern(new Part(3, 40, 40), new Part(3, 40, 40), Part.NONE));
        assertEquals(Map.of(), pattern(new Part(3, 40, 39), new Part(3, 40, 39), Part.NONE));
    }

    @Test
    void theWholeMinusShownSectorsMustNotIsolateAHiddenSector() {
        // secondary has only two institutions outside: shown, the whole minus primary would give it away,
        // so primary is hidden too and the whole (five institutions) stays
        assertEquals(
                Map.of(
                        "secondary",
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE,
                        "primary",
                        Withheld.PROTECTS_ANOTHER_FIGURE),
                pattern(new Part(5, 70, 30), new Part(3, 40, 20), new Part(2, 30, 10)));
    }

    @Test
    void hiddenSectorsThatAreSafeTogetherNeedNoPartner() {
        Map<String, Part> sectors = new LinkedHashMap<>();
        sectors.put("primary", new Part(4, 60, 30));
        sectors.put("secondary", new Part(2, 30, 10));
        sectors.put("vocational", new Part(1, 12, 3));
        sectors.put("preschool", Part.NONE);
        // secondary and vocational are hidden; together three institutions, 42 answers: safe, so primary stays
        assertEquals(
                Map.of(
                        "secondary",
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE,
                        "vocational",
                        Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE),
                BeyondScope.pattern(new Part(7, 102, 43), sectors, 5, 3));
    }

    @Test
    void aViewerWhoSeesEverythingHasNothingBeyondScope() {
        assertEquals(Map.of(), pattern(Part.NONE, Part.NONE, Part.NONE));
    }
}
