package nl.betrokken.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.betrokken.definitions.catalog.DefinitionFile;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.parse.DefinitionParser;
import nl.betrokken.definitions.parse.PlainLanguage;
import org.junit.jupiter.api.Test;

/** The plain-language warnings on texts counted by hand, and none on the shipped parent questionnaires. */
class PlainLanguageTest {

    private final PlainLanguage check = new PlainLanguage(15, 12, Set.of("bijvoorbeeld"));

    @Test
    void aSentenceOfMoreThanFifteenWordsIsWarnedAboutInEveryLanguage() {
        // 16 words, then 3; the Turkish sentence has 16 words as well
        String dutch = "Wij willen graag weten hoe u de samenwerking met de school van uw kind nu ervaart. Dank u wel.";
        List<PlainLanguage.Warning> warnings = check.check("nl", "item a1", dutch);
        assertEquals(
                1,
                warnings.stream()
                        .filter(w -> w.problem().startsWith("16 words"))
                        .count(),
                warnings.toString());
        String turkish =
                "Bu soru listesi okulun velilerle nasıl çalıştığını ve sizin bu konuda ne düşündüğünüzü bizim için anlatıyor.";
        assertEquals(
                List.of("16 words in one sentence (more than 15)"),
                check.check("tr", "item a1", turkish).stream()
                        .map(PlainLanguage.Warning::problem)
                        .toList());
        assertEquals(List.of(), check.check("nl", "item a2", "Hoe gaat het met uw kind op school?"));
    }

    @Test
    void longUncommonDutchWordsAreNamedButCommonOnesAndOtherLanguagesAreNot() {
        List<PlainLanguage.Warning> warnings = check.check(
                "nl", "item b1", "Praat u bijvoorbeeld met de medezeggenschapsraad over ouderbetrokkenheid?");
        assertEquals(
                List.of("medezeggenschapsraad", "ouderbetrokkenheid"),
                warnings.stream().map(PlainLanguage.Warning::text).toList());
        assertTrue(check.check("en", "item b1", "Parent involvement and participationcouncilmembership")
                .isEmpty());
        assertTrue(
                PlainLanguage.forParents()
                        .check("nl", "x", "Wat vindt u van de basisschool en de leerkrachten?")
                        .isEmpty(),
                "the shipped list of common words is read");
    }

    @Test
    void theShippedParentQuestionnairesHaveNoPlainLanguageWarnings() {
        PlainLanguage parents = PlainLanguage.forParents();
        List<String> checked = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DefinitionFile file : DefinitionFile.readFolder(Path.of("survey-definitions"))) {
            Questionnaire q = DefinitionParser.parse(file.name(), file.content())
                    .questionnaire()
                    .orElseThrow(() -> new AssertionError(file.name() + " does not load"));
            if (q.audience() == Audience.PARENT) {
                checked.add(q.id());
                parents.check(q).forEach(w -> warnings.add(file.name() + ": " + w));
            }
        }
        assertTrue(
                checked.containsAll(List.of(
                        "parent-baseline", "parents-needs", "mutual-expectations-parents", "school-typology-parents")),
                "every parent questionnaire is checked, not " + checked);
        assertEquals(
                List.of(),
                warnings,
                "parents read these on a phone, often with little Dutch: split the sentence or use a shorter word"
                        + " (or add an everyday word to definitions/common-dutch-words.txt), and raise 'version'"
                        + " if that version may have answers");
    }
}
