package nl.betrokken.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.betrokken.definitions.parse.PlainLanguage;
import org.junit.jupiter.api.Test;

/** The plain-language warnings on texts counted by hand. */
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
}
