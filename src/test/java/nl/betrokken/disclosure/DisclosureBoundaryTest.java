package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every number about answers leaves the service through disclosure control. This reads the main
 * code: only the counter and disclosure control touch the tables of counts; raw answers are read
 * (or inserted) only where they are written, counted, checked for existence, or released as microdata; nothing
 * outside them reaches the live counts. A new class that reads counts or answers some other way
 * fails here and has to go through {@link WaveFigures} (or be added below with a reason).
 */
class DisclosureBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/nl/betrokken");

    private static final Pattern COUNTS =
            Pattern.compile("\\b(answer_count|indicator_count|scale_moment|respondent_count|segment_count|theme_count"
                    + "|published_cell)\\b");
    private static final Pattern RAW_ANSWERS =
            Pattern.compile("(from|join|insert into) response\\b|\\bSurveyResponse\\b|answers\\s*(->|::(text|jsonb))");
    private static final Pattern LIVE_COUNTS = Pattern.compile("import nl\\.betrokken\\.counting\\.");

    private static Set<String> filesMatching(Pattern pattern) throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(MAIN)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (pattern.matcher(Files.readString(file)).find()) {
                    files.add(MAIN.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return files;
    }

    @Test
    void onlyTheCounterAndDisclosureControlTouchTheTablesOfCounts() throws IOException {
        assertEquals(
                new TreeSet<>(List.of(
                        "counting/AggregateSql.java",
                        "counting/Aggregator.java", // fills the live counts
                        "disclosure/CellStore.java", // reads live counts to publish, and published cells for every
                        // figure
                        "disclosure/Publication.java", // when the wave was last published
                        "disclosure/ResponseCounts.java", // live numbers of respondents, the one live figure
                        "openanswers/ThemeTally.java")), // keeps the live theme counts equal to the codings
                filesMatching(COUNTS));
    }

    @Test
    void rawAnswersAreReadOnlyWhereTheyAreWrittenCountedOrReleasedAsMicrodata() throws IOException {
        assertEquals(
                new TreeSet<>(List.of(
                        "counting/AggregateSql.java",
                        "counting/Aggregator.java", // counting them
                        "definitions/catalog/DefinitionSynchroniser.java", // whether a version has answers at all
                        "demo/DemoResponses.java", // writing the demo's answers
                        "disclosure/Publication.java", // whether the counter has reached every sent response
                        "disclosure/ResponseCounts.java", // how many were sent
                        "monitor/export/ExportService.java", // rows for the data controller, through MicrodataRelease
                        "openanswers/OpenAnswerService.java", // open answers for analysts, masked, schools at the
                        // threshold only
                        "openanswers/ThemeCounts.java", // the quotes an analyst chose, masked, with a shown count
                        "openanswers/ThemeTally.java", // the school of each coded answer, to count its themes
                        "respond/ResponseService.java",
                        "respond/SurveyResponse.java", // answering
                        "respond/paper/PaperEntryService.java")), // writing a paper form's answers, once per form
                filesMatching(RAW_ANSWERS));
    }

    @Test
    void nothingElseReachesTheLiveCounts() throws IOException {
        assertEquals(
                new TreeSet<>(List.of(
                        "analysis/AnalysisResource.java", // the administrator's recount
                        "demo/DemoResponses.java", // counting the demo's answers at first start
                        "disclosure/Publication.java")), // counting what was sent before publishing now
                filesMatching(LIVE_COUNTS));
    }
}
