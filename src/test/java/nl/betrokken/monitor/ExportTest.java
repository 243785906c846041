package nl.betrokken.monitor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exports: formats that open in a spreadsheet and in SPSS, nothing a spreadsheet would run; rows of
 * answers only for the data controller of a closed wave, in a random order, with the week instead of
 * the hour and a school's name only from the microdata threshold (10) on.
 */
@QuarkusTest
class ExportTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    private String analyst;
    private long wave;
    private Institution big;
    private Institution small;
    private Institution other;

    @BeforeEach
    void wave() {
        Municipality municipality = fixtures.municipality("Gemeente Export " + System.nanoTime());
        Board board = fixtures.board(municipality, "Bestuur Export");
        big = fixtures.institution(board, "=HYPERLINK(\"http://evil.example\") School", Sector.PRIMARY);
        other = fixtures.institution(board, "Tweede School", Sector.SECONDARY);
        small = fixtures.institution(board, "Kleine School", Sector.PRIMARY);
        analyst = accounts.session(Role.MUNICIPALITY_ANALYST, municipality.id);
        JsonPath opened = Waves.openNow(analyst, "parent-baseline", "link", big.id, other.id, small.id);
        wave = opened.getLong("id");
        String bigLink = opened.getString("institutions.find { it.institutionId == " + big.id + " }.link");
        responses.add(
                bigLink,
                Map.of(
                        "sector",
                        "primary",
                        "a1",
                        "agree",
                        "contact-channels",
                        List.of("app", "paper"),
                        "remarks",
                        "=cmd|' /C calc'!A0"),
                6);
        responses.add(
                bigLink, Map.of("sector", "primary", "a1", "disagree", "remarks", "-2+3", "child-age", "age-4-7"), 6);
        responses.add(
                opened.getString("institutions.find { it.institutionId == " + other.id + " }.link"),
                Map.of("sector", "secondary", "a1", "agree-strongly", "remarks", "Fijne school"),
                10);
        responses.add(
                opened.getString("institutions.find { it.institutionId == " + small.id + " }.link"),
                Map.of("sector", "primary", "a1", "agree", "home-language", "other", "remarks", "Ik ben herkenbaar"),
                2);
        figures.publish();
    }

    private void close() {
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .post("/api/waves/" + wave + "/close")
                .then()
                .statusCode(200);
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        assertTrue(body.startsWith("\uFEFF"), "a byte order mark so spreadsheets read UTF-8");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body.substring(1)))
                .getRecords();
    }

    private List<CSVRecord> wide() throws Exception {
        var response = Accounts.as(analyst).get("/api/exports/waves/" + wave + "/responses.csv?layout=wide");
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.header("Content-Disposition").contains("responses-wide.csv"));
        return csv(new String(response.asByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void rowsOfAnswersWaitUntilTheWaveHasClosed() {
        Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/responses.csv")
                .then()
                .statusCode(409)
                .body("detail", containsString("once it has closed"));
        Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/labels.sps")
                .then()
                .statusCode(409);
        Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/labels.R")
                .then()
                .statusCode(409);
        Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/aggregates.xlsx")
                .then()
                .statusCode(200);
    }

    @Test
    void wideHasOneRowPerResponseWithCodesAndOnlyTheDetailsThatHideWhoSentIt() throws Exception {
        close();
        List<CSVRecord> rows = wide();
        assertEquals(24, rows.size(), "every sent response, also those of the small school");
        assertEquals(
                List.of("response", "week", "institution", "institution_sector", "language"),
                new ArrayList<>(rows.get(0).toMap().keySet()).subList(0, 5),
                "no database id, no hour of sending");
        assertEquals(
                IntStream.rangeClosed(1, 24).mapToObj(String::valueOf).toList(),
                rows.stream().map(r -> r.get("response")).toList(),
                "ids of the export's own, 1 to 24");
        CSVRecord remark = rows.stream()
                .filter(r -> r.get("remarks").startsWith("'=cmd"))
                .findFirst()
                .orElseThrow();
        assertEquals("3", remark.get("a1"), "agree is the third answer of a1");
        assertEquals("1", remark.get("contact_channels__app"));
        assertEquals("0", remark.get("contact_channels__email"));
        assertEquals("1", remark.get("contact_channels__paper"));
        assertEquals("'=cmd|' /C calc'!A0", remark.get("remarks"), "a formula is neutralised");
        assertEquals("'=HYPERLINK(\"http://evil.example\") School", remark.get("institution"), "12 responses: named");
        assertEquals("primary", remark.get("institution_sector"));
        LocalDate week = LocalDate.parse(remark.get("week"));
        assertEquals(DayOfWeek.MONDAY, week.getDayOfWeek(), "only the week it was sent");
        assertTrue(rows.stream().anyMatch(r -> r.get("remarks").equals("'-2+3")));
        assertEquals(
                10,
                rows.stream()
                        .filter(r -> r.get("institution").equals("Tweede School"))
                        .count());

        List<CSVRecord> smallRows = rows.stream()
                .filter(r -> r.get("remarks").equals("Ik ben herkenbaar"))
                .toList();
        assertEquals(2, smallRows.size());
        for (CSVRecord row : smallRows) {
            assertEquals("", row.get("institution"), "2 responses: never named");
            assertEquals("", row.get("institution_sector"), "two rows are too few even to say their sector");
            assertEquals("", row.get("week"));
            assertEquals("", row.get("language"));
            assertEquals("", row.get("home_language"), "nor what language is spoken at home");
            assertEquals("", row.get("sector"), "nor the sector the parent gave");
            assertEquals("3", row.get("a1"), "the answers themselves stay");
        }
    }

    @Test
    void everyDownloadHasItsOwnRandomOrder() throws Exception {
        close();
        List<String> first = wide().stream()
                .map(r -> r.get("remarks") + r.get("a1") + r.get("institution"))
                .toList();
        List<String> second = wide().stream()
                .map(r -> r.get("remarks") + r.get("a1") + r.get("institution"))
                .toList();
        assertEquals(new TreeSet<>(first).size(), new TreeSet<>(second).size());
        assertEquals(first.stream().sorted().toList(), second.stream().sorted().toList(), "the same rows");
        List<String> third = wide().stream()
                .map(r -> r.get("remarks") + r.get("a1") + r.get("institution"))
                .toList();
        assertTrue(
                !first.equals(second) || !first.equals(third), "not in the order they were sent, nor twice the same");
    }

    @Test
    void longHasOneRowPerAnswer() throws Exception {
        close();
        List<CSVRecord> rows = csv(Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/responses.csv?layout=long")
                .asString());
        assertEquals(
                12,
                rows.stream()
                        .filter(r -> r.get("item").equals("contact-channels"))
                        .count(),
                "one row per picked option: 6 parents picked two");
        assertTrue(rows.stream()
                .filter(r -> r.get("item").equals("a1"))
                .anyMatch(r -> r.get("answer").equals("agree")));
        assertTrue(rows.stream().allMatch(r -> !r.get("answer").startsWith("=")));
        assertTrue(
                rows.stream().noneMatch(r -> r.get("item").equals("home-language")),
                "the small school's language at home is left out, as in the wide file");
    }

    @Test
    void theCodebookAndSpssLabelsExplainEveryCode() throws Exception {
        List<CSVRecord> codebook = csv(Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/codebook.csv")
                .asString());
        CSVRecord agree = codebook.stream()
                .filter(r -> r.get("variable").equals("a1") && r.get("code").equals("3"))
                .findFirst()
                .orElseThrow();
        assertEquals("agree", agree.get("answer"));
        assertEquals("Eens", agree.get("label_nl"));
        assertFalse(agree.get("label_ar").isBlank(), "labels in every offered language");
        close();
        String spss = Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/labels.sps")
                .asString();
        assertTrue(spss.contains("VARIABLE LABELS"));
        assertTrue(
                spss.contains("a1 1 'Helemaal oneens' 2 'Oneens' 3 'Eens' 4 'Helemaal eens' 5 'Weet ik niet'"), spss);
        assertTrue(spss.contains("MISSING VALUES a1 (5)."), "don't know is missing in SPSS");
        assertTrue(spss.contains("contact_channels__app 0 'niet gekozen' 1 'gekozen'"));
    }

    @Test
    void theWorkbookHasTheSuppressedTablesOfTheMonitor() throws Exception {
        byte[] bytes = Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/aggregates.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("Indicatoren", workbook.getSheetAt(0).getSheetName());
            var sheet = workbook.getSheetAt(0);
            boolean smallHidden = false;
            String totalNote = null;
            for (var row : sheet) {
                if (row.getCell(1) == null
                        || !row.getCell(0).getStringCellValue().startsWith("Tevreden over de relatie")) {
                    continue;
                }
                if (row.getCell(1).getStringCellValue().equals("Kleine School")) {
                    smallHidden = row.getCell(8).getStringCellValue().equals("ja") && row.getCell(5) == null;
                }
                if (row.getCell(1).getStringCellValue().equals("Alle scholen")) {
                    totalNote = row.getCell(9).getStringCellValue();
                    assertEquals(
                            22,
                            (int) row.getCell(4).getNumericCellValue(),
                            "the total counts 12 + 10, not the small school");
                }
            }
            assertTrue(smallHidden, "the small school's figures are not in the workbook");
            assertEquals(
                    "niet representatief: 11 % antwoordde (minimaal 20 %); zonder 1 school met minder dan 5 antwoorden",
                    totalNote, "22 of the 200 parents of the two counted schools");
            assertEquals("Over deze cijfers", workbook.getSheetAt(3).getSheetName());
            var reach = workbook.getSheet("Respons");
            List<String> sectors = new ArrayList<>();
            reach.forEach(row -> sectors.add(row.getCell(1).getStringCellValue()));
            assertTrue(
                    sectors.contains("Basisonderwijs")
                            && sectors.contains("Voortgezet onderwijs")
                            && !sectors.contains("primary"),
                    "sectors by their Dutch names: " + sectors);
        }
    }

    @Test
    void onlyTheMunicipalityGetsRowsOfAnswersAndEveryoneElseTheWorkbook() throws Exception {
        close();
        String lead = accounts.session(Role.INSTITUTION_LEAD, other.id);
        for (String file : List.of("responses.csv", "responses.csv?layout=long", "labels.sps", "labels.R")) {
            Accounts.as(lead)
                    .get("/api/exports/waves/" + wave + "/" + file)
                    .then()
                    .statusCode(404);
        }
        Accounts.as(lead)
                .get("/api/exports/waves/" + wave + "/aggregates.xlsx")
                .then()
                .statusCode(200);
        String board = accounts.session(Role.BOARD_MEMBER, big.board.id);
        Accounts.as(board)
                .get("/api/exports/waves/" + wave + "/responses.csv")
                .then()
                .statusCode(404);
        Accounts.as(board)
                .get("/api/exports/waves/" + wave + "/codebook.csv")
                .then()
                .statusCode(200);
        var outsider = fixtures.world();
        String stranger = accounts.session(Role.MUNICIPALITY_ANALYST, outsider.municipalityB());
        Accounts.as(stranger)
                .get("/api/exports/waves/" + wave + "/responses.csv")
                .then()
                .statusCode(404);
        Accounts.as(stranger)
                .get("/api/exports/waves/" + wave + "/aggregates.xlsx")
                .then()
                .statusCode(404);
        Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/responses.csv?layout=diagonal")
                .then()
                .statusCode(400);
    }

    @Test
    void everyExportIsInTheAuditTrail() {
        Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/codebook.csv")
                .then()
                .statusCode(200);
        Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/aggregates.xlsx")
                .then()
                .statusCode(200);
        close();
        Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/responses.csv")
                .then()
                .statusCode(200);
        Accounts.as(analyst)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body(
                        "find { it.action == 'exported' && it.detail.startsWith('codebook') }.objectId",
                        equalTo(String.valueOf(wave)))
                .body(
                        "find { it.action == 'exported' && it.detail.startsWith('aggregated tables') }.objectId",
                        equalTo(String.valueOf(wave)))
                .body(
                        "find { it.action == 'exported' && it.detail.startsWith('responses (wide)') }.detail",
                        containsString("without any"));
    }
}
