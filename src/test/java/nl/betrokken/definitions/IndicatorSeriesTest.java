package nl.betrokken.definitions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.parse.DefinitionParser;
import org.junit.jupiter.api.Test;

/** When two versions of a questionnaire count an indicator the same way, so that their waves form one series. */
class IndicatorSeriesTest {

    private static final String SHIPPED = read();

    private static String read() {
        try {
            return Files.readString(Path.of("survey-definitions/parent-baseline.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Questionnaire version(String content) {
        return DefinitionParser.parse("parent-baseline.yaml", content)
                .questionnaire()
                .orElseThrow(() -> new AssertionError("the changed definition does not parse"));
    }

    private static boolean sameSeries(Questionnaire one, Questionnaire other, String indicatorId) {
        Indicator mine = one.indicators().stream()
                .filter(i -> i.id().equals(indicatorId))
                .findFirst()
                .orElseThrow();
        return other.indicators().stream().anyMatch(theirs -> mine.countsLike(theirs, one, other));
    }

    @Test
    void anotherWordingOrVersionKeepsTheSeries() {
        Questionnaire now = version(SHIPPED);
        Questionnaire reworded = version(SHIPPED.replace("version: 2", "version: 3")
                .replace(
                        "Ik ben tevreden over mijn contact met de school van mijn kind.",
                        "Over het contact met de school van mijn kind ben ik tevreden."));
        assertTrue(sameSeries(now, reworded, "satisfied-relationship"));
    }

    @Test
    void otherPositiveAnswersOrOtherAnswersBreakIt() {
        Questionnaire now = version(SHIPPED);
        Questionnaire stricter = version(SHIPPED.replaceFirst(
                "items: \\[a1\\]\\n    positive: \\[agree, agree-strongly\\]",
                "items: [a1]\n    positive: [agree-strongly]"));
        assertFalse(sameSeries(now, stricter, "satisfied-relationship"), "only 'agree strongly' counts now");
        assertTrue(sameSeries(now, stricter, "learning-at-home-support"), "the other indicators are untouched");

        Questionnaire fiveAnswers = version(SHIPPED.replaceFirst(
                "      - id: disagree\\n",
                "      - id: neutral\n        label:\n          nl: Neutraal\n          en: Neutral\n          ar: محايد\n"
                        + "          tr: Tarafsız\n          pl: Neutralnie\n      - id: disagree\n"));
        assertFalse(sameSeries(now, fiveAnswers, "satisfied-relationship"), "a new answer changes what a share means");
    }
}
