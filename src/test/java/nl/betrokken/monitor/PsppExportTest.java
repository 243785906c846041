package nl.betrokken.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Collectors;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.SentResponses;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The SPSS syntax opens the wide CSV with one command: GNU PSPP runs it, as downloaded, in the
 * folder of the CSV, without an error or warning, and the .sav it saves has the API's frequencies,
 * the value and variable labels, and "don't know" as missing. .ci/run installs PSPP and fails when
 * this test is skipped.
 */
@QuarkusTest
class PsppExportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    @Test
    void psppReadsTheCsvAndSavesALabelledSavWithTheApisFrequencies() throws Exception {
        Assumptions.assumeTrue(
                ExportedWave.installed("pspp") && ExportedWave.installed("pspp-convert"),
                "GNU PSPP is not installed here (apt-get install pspp): the SPSS syntax was not run."
                        + " .ci/run installs it and fails when this test is skipped");
        ExportedWave wave = ExportedWave.download(fixtures, accounts, responses, figures, "labels.sps");
        assertEquals("wave-" + wave.id() + "-responses-wide.sps", wave.script());
        String syntax = Files.readString(wave.folder().resolve(wave.script()), StandardCharsets.UTF_8);
        assertTrue(syntax.contains("/FILE=responses") && syntax.contains("NAME='" + wave.csv() + "'"), syntax);

        ExportedWave.Run run = wave.run(TIMEOUT, "pspp", wave.script());
        assertEquals(0, run.exit(), run.output());
        assertFalse(
                run.output().toLowerCase().contains("error")
                        || run.output().toLowerCase().contains("warning"),
                "PSPP reads every cell as its format says:\n" + run.output());
        String sav = "wave-" + wave.id() + "-responses-wide.sav";
        assertTrue(Files.size(wave.folder().resolve(sav)) > 0, "the syntax saved " + sav);

        // the frequencies of a1 by value label, as the monitor's API counts them
        List<CSVRecord> labelled = convert(wave, sav, "labels.csv", "--labels");
        assertEquals(22, labelled.size(), "every response");
        Map<String, Integer> counted = frequencies(labelled, "a1");
        Map<String, Integer> expected = new TreeMap<>(wave.a1ByLabel());
        expected.values().removeIf(n -> n == 0);
        assertEquals(expected, counted, "the .sav has the API's figures for a1");
        assertEquals(3, counted.get(wave.dontKnowLabel()), "three parents do not know");

        // "don't know" is a user-missing value: recoded, it is gone
        List<CSVRecord> recoded = convert(wave, sav, "recoded.csv", "--recode");
        long valid = recoded.stream().filter(r -> !r.get("a1").isBlank()).count();
        assertEquals(
                expected.values().stream().mapToInt(Integer::intValue).sum() - 3,
                valid,
                "the valid answers of a1 are the API's counts without don't know");

        CSVRecord remark = labelled.stream()
                .filter(r -> r.get("remarks").startsWith("Zeer"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                ExportedWave.REMARK.replace('\n', ' '), remark.get("remarks").strip(), "quotes, comma, Arabic");
        assertEquals("Basisschool De Linde", remark.get("institution").strip());
        assertEquals(
                "gekozen",
                labelled.stream()
                        .filter(r -> r.get("contact_channels__app").strip().equals("gekozen"))
                        .findFirst()
                        .orElseThrow()
                        .get("contact_channels__paper")
                        .strip());
        assertTrue(labelled.stream().anyMatch(r -> r.get("remarks").strip().equals("'=1+1")));

        // the variable labels are the questions
        Files.writeString(
                wave.folder().resolve("check.sps"),
                "GET FILE='" + sav + "'.\nDISPLAY DICTIONARY /VARIABLES=a1 a2.\n",
                StandardCharsets.UTF_8);
        ExportedWave.Run dictionary = wave.run(TIMEOUT, "pspp", "-o", "dictionary.csv", "check.sps");
        assertEquals(0, dictionary.exit(), dictionary.output());
        String dict = Files.readString(wave.folder().resolve("dictionary.csv"), StandardCharsets.UTF_8);
        assertTrue(dict.contains("Ik ben tevreden over mijn contact met de school van mijn kind."), dict);
        assertTrue(dict.contains("Ordinal"), "scale items are ordinal:\n" + dict);
        wave.delete();
    }

    private static List<CSVRecord> convert(ExportedWave wave, String sav, String csv, String option) throws Exception {
        ExportedWave.Run run = wave.run(TIMEOUT, "pspp-convert", option, sav, csv);
        assertEquals(0, run.exit(), run.output());
        String text = Files.readString(wave.folder().resolve(csv), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    static Map<String, Integer> frequencies(List<CSVRecord> rows, String column) {
        return rows.stream()
                .map(r -> r.get(column).strip())
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toMap(v -> v, v -> 1, Integer::sum, TreeMap::new));
    }
}
