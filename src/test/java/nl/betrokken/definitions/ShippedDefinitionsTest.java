package nl.betrokken.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.betrokken.definitions.catalog.DefinitionFile;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Layout;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.parse.DefinitionParser;
import nl.betrokken.definitions.parse.DefinitionProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every file in survey-definitions/ loads, so a broken file fails the build rather than production. */
class ShippedDefinitionsTest {

    static Map<String, Questionnaire> shipped;

    @BeforeAll
    static void parseAll() {
        List<DefinitionFile> files = DefinitionFile.readFolder(Path.of("survey-definitions"));
        List<String> problems = files.stream()
                .flatMap(f -> DefinitionParser.parse(f.name(), f.content()).problems().stream())
                .map(DefinitionProblem::toString)
                .toList();
        assertEquals(List.of(), problems);
        shipped = files.stream()
                .map(f -> DefinitionParser.parse(f.name(), f.content())
                        .questionnaire()
                        .orElseThrow())
                .collect(Collectors.toMap(Questionnaire::id, Function.identity()));
    }

    @Test
    void everyInstrumentIsThere() {
        assertEquals(
                Set.of(
                        "school-typology-parents",
                        "school-typology-staff",
                        "parent-baseline",
                        "parent-pulse",
                        "institution-baseline",
                        "lea-screening",
                        "parents-needs",
                        "mutual-expectations-parents",
                        "mutual-expectations-staff"),
                shipped.keySet());
        assertEquals(Audience.PARENT, shipped.get("parents-needs").audience());
        assertEquals(Layout.ONE_PAGE, shipped.get("parent-pulse").layout());
        assertEquals(Layout.PAGES, shipped.get("parent-baseline").layout());
        assertEquals(Audience.PARENT, shipped.get("mutual-expectations-parents").audience());
        assertEquals(Audience.STAFF, shipped.get("mutual-expectations-staff").audience());
        assertEquals(Audience.PARENT, shipped.get("school-typology-parents").audience());
        assertEquals(Audience.STAFF, shipped.get("school-typology-staff").audience());
        assertEquals(Audience.INSTITUTION, shipped.get("institution-baseline").audience());
        assertEquals(Audience.LEA_PARTNER, shipped.get("lea-screening").audience());
    }

    @Test
    void everyInstrumentIsInDutchAndEnglish() {
        shipped.values().forEach(q -> assertTrue(q.languages().containsAll(List.of("nl", "en")), q.id()));
    }

    @Test
    void theParentFacingOnesAreAlsoInArabicTurkishAndPolishAwaitingReview() {
        for (String id : List.of("school-typology-parents", "parent-baseline", "parent-pulse")) {
            Questionnaire q = shipped.get(id);
            assertTrue(q.languages().containsAll(List.of("ar", "tr", "pl")), id);
            assertEquals(Set.of("ar", "tr", "pl"), Set.copyOf(q.awaitingReview()), id);
        }
    }

    @Test
    void theTypologyListsAskTheSameTwoModeYesNoItemsOfParentsAndStaff() {
        Questionnaire parents = shipped.get("school-typology-parents");
        Questionnaire staff = shipped.get("school-typology-staff");
        List<Item> statements =
                parents.items().filter(i -> i.tags().containsKey("school-type")).toList();
        assertTrue(
                statements.size() >= 25 && statements.size() <= 30, "about 25-30 statements, not " + statements.size());
        for (Item item : statements) {
            assertEquals(ItemType.YES_NO, item.type(), item.id());
            assertEquals(List.of("current", "desired"), item.modes(), item.id());
            assertTrue(item.tags().keySet().containsAll(Set.of("school-type", "involvement", "level")), item.id());
            Item counterpart =
                    staff.item(item.id()).orElseThrow(() -> new AssertionError("staff list lacks " + item.id()));
            assertEquals(item.tags(), counterpart.tags(), item.id());
            assertEquals(item.modes(), counterpart.modes(), item.id());
        }
        assertEquals(
                List.of("information", "relation", "cooperation"),
                parents.tagDimension("school-type").orElseThrow().values().stream()
                        .map(v -> v.id())
                        .toList());
        assertTrue(parents.tagDimension("school-type").orElseThrow().ordered());
        for (String rung : List.of("information", "relation", "cooperation")) {
            assertTrue(
                    statements.stream()
                                    .filter(i -> rung.equals(i.tags().get("school-type")))
                                    .count()
                            >= 6,
                    rung);
        }
        assertEquals("school-type", parents.typology().dimension());
        assertEquals("school-type", staff.typology().dimension());
    }

    @Test
    void theParentBaselineCarriesTheThreeHeadlineIndicatorsAndThemesAToD() {
        Questionnaire q = shipped.get("parent-baseline");
        Set<String> indicators = q.indicators().stream().map(i -> i.id()).collect(Collectors.toSet());
        assertTrue(
                indicators.containsAll(
                        Set.of("satisfied-relationship", "learning-at-home-support", "parenting-support")),
                indicators.toString());
        assertEquals(
                Set.of("a", "b", "c", "d"),
                q.items().map(i -> i.tags().get("theme")).filter(t -> t != null).collect(Collectors.toSet()));
        for (String background : List.of("sector", "child-age", "home-language", "contact-channels")) {
            assertTrue(q.item(background).isPresent(), background);
        }
        assertFalse(
                q.items()
                        .anyMatch(i ->
                                i.id().contains("name") || i.id().contains("email") || i.id().contains("postcode")),
                "no personal data");
    }

    @Test
    void theLeaScreeningHasTheThreeColumnsPerThemeAndTheConclusions() {
        Questionnaire q = shipped.get("lea-screening");
        for (String theme : List.of("a", "b", "c", "d")) {
            for (String column : List.of("boards", "joint", "municipality", "alignment")) {
                assertTrue(q.item(theme + "-" + column).isPresent(), theme + "-" + column);
            }
        }
        for (String guide : List.of("guide-1", "guide-2", "guide-3")) {
            assertTrue(q.item(guide).isPresent(), guide);
        }
        assertEquals(
                Set.of(
                        "no-alignment-needed",
                        "joint-impulse",
                        "shared-criteria",
                        "start-up-funding",
                        "joint-vision-and-plan",
                        "baseline-and-targets"),
                q.item("conclusions").orElseThrow().options().stream()
                        .map(o -> o.id())
                        .collect(Collectors.toSet()));
    }
}
