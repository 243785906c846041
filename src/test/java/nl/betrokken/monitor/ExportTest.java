package nl.betrokken.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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

/** Exports: formats that open in a spreadsheet and in SPSS, nothing a spreadsheet would run, scope and threshold. */
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
        responses.add(bigLink, Map.of("sector", "primary", "a1", "agree", "contact-channels", List.of("app", "paper"),
                "remarks", "=cmd|' /C calc'!A0"), 1);
        responses.add(bigLink, Map.of("sector", "primary", "a1", "disagree", "remarks", "-2+3", "child-age", "age-4-7"), 5);
        responses.add(opened.getString("institutions.find { it.institutionId == " + other.id + " }.link"),
                Map.of("sector", "secondary", "a1", "agree-strongly", "remarks", "Fijne school"), 6);
        responses.add(opened.getString("institutions.find { it.institutionId == " + small.id + " }.link"),
                Map.of("sector", "primary", "a1", "agree", "remarks", "Ik ben herkenbaar"), 2);
        figures.publish();
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        assertTrue(body.startsWith("\uFEFF"), "a byte order mark so spreadsheets read UTF-8");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body.substring(1)))
                .getRecords();
    }

    @Test
    void wideHasOneRowPerResponseWithCodesAndLeavesOutSmallSchools() throws Exception {
        var response = Accounts.as(analyst).get("/api/exports/waves/" + wave + "/responses.csv?layout=wide");
        assertEquals(200, response.statusCode());
        assertTrue(response.header("Content-Disposition").contains("responses-wide.csv"));
        List<CSVRecord> rows = csv(new String(response.asByteArray(), StandardCharsets.UTF_8));
        assertEquals(12, rows.size(), "6 + 6 responses; the school with 2 is left out");
        assertTrue(rows.stream().noneMatch(r -> r.get("institution").contains("Kleine School")));
        CSVRecord first = rows.get(0);
        assertEquals("3", first.get("a1"), "agree is the third answer of a1");
        assertEquals("1", first.get("contact_channels__app"));
        assertEquals("0", first.get("contact_channels__email"));
        assertEquals("1", first.get("contact_channels__paper"));
        assertEquals("'=cmd|' /C calc'!A0", first.get("remarks"), "a formula is neutralised");
        assertEquals("'=HYPERLINK(\"http://evil.example\") School", first.get("institution"));
        assertEquals("'-2+3", rows.get(1).get("remarks"));
        assertTrue(first.get("submitted").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:00"), "times to the hour only");
    }

    @Test
    void longHasOneRowPerAnswer() throws Exception {
        List<CSVRecord> rows = csv(Accounts.as(analyst).get("/api/exports/waves/" + wave + "/responses.csv?layout=long").asString());
        assertEquals(2, rows.stream().filter(r -> r.get("item").equals("contact-channels")).count(), "one row per picked option");
        assertEquals("agree", rows.stream().filter(r -> r.get("item").equals("a1")).findFirst().orElseThrow().get("answer"));
        assertTrue(rows.stream().allMatch(r -> !r.get("answer").startsWith("=")));
    }

    @Test
    void theCodebookAndSpssLabelsExplainEveryCode() throws Exception {
        List<CSVRecord> codebook = csv(Accounts.as(analyst).get("/api/exports/waves/" + wave + "/codebook.csv").asString());
        CSVRecord agree = codebook.stream().filter(r -> r.get("variable").equals("a1") && r.get("code").equals("3")).findFirst()
                .orElseThrow();
        assertEquals("agree", agree.get("answer"));
        assertEquals("Eens", agree.get("label_nl"));
        assertFalse(agree.get("label_ar").isBlank(), "labels in every offered language");
        String spss = Accounts.as(analyst).get("/api/exports/waves/" + wave + "/labels.sps").asString();
        assertTrue(spss.contains("VARIABLE LABELS"));
        assertTrue(spss.contains("a1 1 'Helemaal oneens' 2 'Oneens' 3 'Eens' 4 'Helemaal eens' 5 'Weet ik niet'"), spss);
        assertTrue(spss.contains("MISSING VALUES a1 (5)."), "don't know is missing in SPSS");
        assertTrue(spss.contains("contact_channels__app 0 'niet gekozen' 1 'gekozen'"));
    }

    @Test
    void theWorkbookHasTheSuppressedTablesOfTheMonitor() throws Exception {
        byte[] bytes = Accounts.as(analyst).get("/api/exports/waves/" + wave + "/aggregates.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("Indicatoren", workbook.getSheetAt(0).getSheetName());
            var sheet = workbook.getSheetAt(0);
            boolean smallHidden = false;
            for (var row : sheet) {
                if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("Kleine School")
                        && row.getCell(0).getStringCellValue().startsWith("Tevreden over de relatie")) {
                    smallHidden = row.getCell(8).getStringCellValue().equals("ja") && row.getCell(5) == null;
                }
            }
            assertTrue(smallHidden, "the small school's figures are not in the workbook");
        }
    }

    @Test
    void aLeadExportsOnlyTheirOwnSchoolAndOthersNothing() throws Exception {
        String lead = accounts.session(Role.INSTITUTION_LEAD, other.id);
        List<CSVRecord> rows = csv(Accounts.as(lead).get("/api/exports/waves/" + wave + "/responses.csv").asString());
        assertEquals(6, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("institution").equals("Tweede School")));
        String smallLead = accounts.session(Role.INSTITUTION_LEAD, small.id);
        assertEquals(0, csv(Accounts.as(smallLead).get("/api/exports/waves/" + wave + "/responses.csv").asString()).size(),
                "below the threshold even the school's own lead gets no raw answers");
        var outsider = fixtures.world();
        String stranger = accounts.session(Role.INSTITUTION_LEAD, outsider.institutionB());
        Accounts.as(stranger).get("/api/exports/waves/" + wave + "/responses.csv").then().statusCode(404);
        Accounts.as(analyst).get("/api/exports/waves/" + wave + "/responses.csv?layout=diagonal").then().statusCode(400);
    }

    @Test
    void everyExportIsInTheAuditTrail() {
        Accounts.as(analyst).get("/api/exports/waves/" + wave + "/codebook.csv").then().statusCode(200);
        Accounts.as(analyst).get("/api/audit").then().statusCode(200)
                .body("find { it.action == 'exported' && it.objectId == '" + wave + "' }.detail",
                        org.hamcrest.Matchers.containsString("codebook"));
    }
}
