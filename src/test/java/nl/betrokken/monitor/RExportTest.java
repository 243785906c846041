package nl.betrokken.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.SentResponses;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The R script reads the wide CSV with one command: Rscript runs it, as downloaded, in the folder of
 * the CSV; its data frame has the API's frequencies as labelled factors and "don't know" as NA.
 * Skipped where R is not installed (Debian: r-base-core).
 */
@QuarkusTest
class RExportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    @Test
    void rscriptReadsTheCsvIntoLabelledFactorsWithTheApisFrequencies() throws Exception {
        Assumptions.assumeTrue(
                ExportedWave.installed("Rscript"),
                "R is not installed here (Debian: apt-get install r-base-core): the R script was not run");
        ExportedWave wave = ExportedWave.download(fixtures, accounts, responses, figures, "labels.R");
        assertEquals("wave-" + wave.id() + "-responses-wide.R", wave.script());

        ExportedWave.Run run = wave.run(TIMEOUT, "Rscript", wave.script());
        assertEquals(0, run.exit(), run.output());
        String rds = "wave-" + wave.id() + "-responses-wide.rds";
        assertTrue(Files.size(wave.folder().resolve(rds)) > 0, "the script saved " + rds);

        // what R made of it, written out by R itself
        Files.writeString(wave.folder().resolve("check.R"), """
                source("%s")
                out <- data.frame(
                  a1 = as.character(responses$a1),
                  a1_ordered = is.ordered(responses$a1),
                  app = as.character(responses$contact_channels__app),
                  remarks = responses$remarks,
                  institution = responses$institution,
                  week = class(responses$week),
                  label = attr(responses$a1, "label"))
                write.csv(out, "check.csv", row.names = FALSE, na = "NA", fileEncoding = "UTF-8")
                """.formatted(wave.script()), StandardCharsets.UTF_8);
        ExportedWave.Run check = wave.run(TIMEOUT, "Rscript", "check.R");
        assertEquals(0, check.exit(), check.output());
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(Files.readString(wave.folder().resolve("check.csv"), StandardCharsets.UTF_8)))
                .getRecords();
        assertEquals(22, rows.size(), "every response");

        Map<String, Integer> expected = new TreeMap<>(wave.a1ByLabel());
        expected.remove(wave.dontKnowLabel());
        expected.values().removeIf(n -> n == 0);
        Map<String, Integer> counted = PsppExportTest.frequencies(rows, "a1");
        int missing = counted.remove("NA");
        assertEquals(expected, counted, "the factor has the API's figures for a1");
        assertEquals(3 + 2, missing, "three parents do not know and two did not answer a1: NA");
        assertEquals("TRUE", rows.get(0).get("a1_ordered"), "a scale is an ordered factor");
        assertEquals("Date", rows.get(0).get("week"));
        assertEquals(
                "Ik ben tevreden over mijn contact met de school van mijn kind.",
                rows.get(0).get("label"));
        assertEquals(
                6, rows.stream().filter(r -> r.get("app").equals("gekozen")).count());
        assertTrue(
                rows.stream().anyMatch(r -> r.get("remarks").equals(ExportedWave.REMARK.replace('\n', ' '))),
                "quotes, comma, Arabic and ë read as they were typed");
        assertEquals(
                11,
                rows.stream()
                        .filter(r -> r.get("institution").equals("Basisschool De Linde"))
                        .count());
        wave.delete();
    }
}
