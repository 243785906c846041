package nl.betrokken.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.betrokken.disclosure.NormGroups;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Two municipalities, every school with ten answers on "satisfied with the relationship", so every
 * comparison can be worked out on paper:
 *
 * <pre>
 * Noord   P1..P10 primary   positive 2 3 4 5 5 6 6 7 8 10      S1 secondary 5
 *         all 61/110 = 0.5545; primary 56/100 = 0.56
 *         spread of all 11 schools: p10 0.30 p25 0.45 p50 0.50 p75 0.65 p90 0.80
 *         spread of the 10 primary: p10 0.29 p25 0.425 p50 0.55 p75 0.675 p90 0.82
 * Zuid    Q1..Q3 primary    positive 5 6 7
 * norm    primary, 13 schools from both: p10 0.32 p25 0.50 p50 0.60 p75 0.70 p90 0.78
 * </pre>
 *
 * (Percentiles by definition 7 of Hyndman and Fan, checked with numpy's percentile.) P10 (10/10)
 * against the other schools of Noord, 51/100: Newcombe's interval for the difference runs from
 * 0.49 - sqrt(0.2775^2 + 0.0962^2) = 0.196 upwards, so significantly higher; against the norm its
 * Wilson interval 0.7225..1 lies above the norm's median 0.60. P5 (5/10) against 56/100: the interval
 * holds zero; against the norm, 0.2366..0.7634 holds 0.60: in line.
 */
@QuarkusTest
class BenchmarksTest {

    private static final int[] NOORD_PRIMARY = {2, 3, 4, 5, 5, 6, 6, 7, 8, 10};
    private static final int[] ZUID_PRIMARY = {5, 6, 7};

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    /** The schools of both municipalities and their waves, opened on one day. */
    private record World(
            long noordWave, long zuidWave, long noord, long zuid, List<Long> noordPrimary, List<Long> zuidPrimary) {}

    private World world(LocalDate opens) {
        Municipality noord = fixtures.municipality("Gemeente Noord " + System.nanoTime());
        Municipality zuid = fixtures.municipality("Gemeente Zuid " + System.nanoTime());
        List<Long> noordPrimary = schools(fixtures.board(noord, "Bestuur Noord"), "P", NOORD_PRIMARY.length);
        long secondary = fixtures.institution(fixtures.board(noord, "Bestuur Noord VO"), "S1", Sector.SECONDARY).id;
        List<Long> zuidPrimary = schools(fixtures.board(zuid, "Bestuur Zuid"), "Q", ZUID_PRIMARY.length);
        List<Long> noordAll = new ArrayList<>(noordPrimary);
        noordAll.add(secondary);
        JsonPath noordWave = open(noord.id, opens, noordAll);
        JsonPath zuidWave = open(zuid.id, opens, zuidPrimary);
        for (int i = 0; i < NOORD_PRIMARY.length; i++) {
            answer(noordWave, noordPrimary.get(i), NOORD_PRIMARY[i]);
        }
        answer(noordWave, secondary, 5);
        for (int i = 0; i < ZUID_PRIMARY.length; i++) {
            answer(zuidWave, zuidPrimary.get(i), ZUID_PRIMARY[i]);
        }
        figures.publish();
        return new World(noordWave.getLong("id"), zuidWave.getLong("id"), noord.id, zuid.id, noordPrimary, zuidPrimary);
    }

    private List<Long> schools(Board board, String prefix, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Institution school = fixtures.institution(board, prefix + i, Sector.PRIMARY);
            ids.add(school.id);
        }
        return ids;
    }

    private JsonPath open(long municipality, LocalDate opens, List<Long> schools) {
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, municipality);
        return Waves.open(
                analyst,
                "parent-baseline",
                "link",
                opens,
                LocalDate.now().plusDays(30),
                schools.stream().mapToLong(Long::longValue).toArray());
    }

    private void answer(JsonPath wave, long school, int positive) {
        String link = wave.getString("institutions.find { it.institutionId == " + school + " }.link");
        if (positive > 0) {
            responses.add(link, Map.of("sector", "primary", "a1", "agree"), positive);
        }
        if (positive < 10) {
            responses.add(link, Map.of("sector", "primary", "a1", "disagree"), 10 - positive);
        }
    }

    private static JsonPath benchmarks(String session, long wave, long school) {
        return Accounts.as(session)
                .get("/api/analysis/waves/" + wave + "/institutions/" + school + "/benchmarks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String against(String kind) {
        return "indicators.find { it.indicatorId == 'satisfied-relationship' }.against.find { it.kind == '" + kind
                + "' }";
    }

    @Test
    void aSchoolStandsAgainstItsMunicipalityAndTheSchoolsOfItsSectorThere() {
        World w = world(LocalDate.of(2014, 10, 1));
        long p10 = w.noordPrimary().get(9);
        String lead = accounts.session(Role.INSTITUTION_LEAD, p10);
        JsonPath best = benchmarks(lead, w.noordWave(), p10);
        assertEquals("2014-2015", best.getString("schoolYear"));
        assertEquals(
                1.0, best.getDouble("indicators.find { it.indicatorId == 'satisfied-relationship' }.school.share"));
        String municipality = against("municipality");
        assertEquals(61.0 / 110, best.getDouble(municipality + ".share"), 1e-9);
        assertEquals("significantly-above", best.getString(municipality + ".verdict"));
        assertEquals("highest-10", best.getString(municipality + ".band"));
        assertEquals(11, best.getInt(municipality + ".schools"));
        String sector = against("sector");
        assertEquals(
                "protects-another-figure",
                best.getString(sector + ".withheld"),
                "to a lead, Noord minus its primary schools would be S1 alone");
        assertNull(best.get(sector + ".verdict"));
        assertEquals("no-norm", best.getString(against("norm-group") + ".missing"));
        assertNull(best.get(against("norm-group") + ".share"), "no norm frozen for this school year");

        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, w.noord());
        JsonPath seen = benchmarks(analyst, w.noordWave(), p10);
        assertEquals(0.56, seen.getDouble(sector + ".share"), 1e-9);
        assertEquals("significantly-above", seen.getString(sector + ".verdict"));
        assertEquals("highest-10", seen.getString(sector + ".band"));
        assertEquals(10, seen.getInt(sector + ".schools"));
        JsonPath middle = benchmarks(analyst, w.noordWave(), w.noordPrimary().get(4));
        assertEquals("in-line", middle.getString(municipality + ".verdict"));
        assertEquals("p50-p75", middle.getString(municipality + ".band"), "0.50 is the median of the eleven");
        assertEquals("p25-p50", middle.getString(sector + ".band"), "0.425 <= 0.50 < 0.55 among the ten");

        byte[] workbook = Accounts.as(analyst)
                .get("/api/exports/waves/" + w.noordWave() + "/aggregates.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> p10Rows = new ArrayList<>();
            for (Row row : book.getSheet("Vergelijking")) {
                if (row.getRowNum() > 0
                        && row.getCell(0).getStringCellValue().equals("P10")
                        && row.getCell(2).getStringCellValue().startsWith("Tevreden")) {
                    String their = row.getCell(5) == null
                            ? "–"
                            : Double.toString(row.getCell(5).getNumericCellValue());
                    p10Rows.add(row.getCell(4).getStringCellValue() + " | " + their
                            + " | " + row.getCell(6).getStringCellValue() + " | "
                            + row.getCell(7).getStringCellValue());
                }
            }
            assertEquals(3, p10Rows.size(), "municipality, sector and norm group: " + p10Rows);
            assertTrue(p10Rows.get(0).startsWith("Gemeente Noord"), p10Rows.get(0));
            assertTrue(
                    p10Rows.get(0).contains(" | " + 61.0 / 110 + " | significant hoger | bij de hoogste 10 %"),
                    p10Rows.get(0));
            assertTrue(p10Rows.get(1).startsWith("Basisonderwijs | 0.56 | significant hoger"), p10Rows.get(1));
            assertTrue(p10Rows.get(2).contains(" | – | nog geen normgroep"), p10Rows.get(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // Zuid has three schools: too few for a place among them, and for a lead too few beyond their own school
        String zuidAnalyst = accounts.session(Role.MUNICIPALITY_ANALYST, w.zuid());
        JsonPath q3 = benchmarks(zuidAnalyst, w.zuidWave(), w.zuidPrimary().get(2));
        assertEquals("in-line", q3.getString(municipality + ".verdict"));
        assertNull(q3.get(municipality + ".band"));
        assertNull(q3.get(sector), "one sector: the municipality is the sector");
        String zuidLead =
                accounts.session(Role.INSTITUTION_LEAD, w.zuidPrimary().get(0));
        JsonPath q1 = benchmarks(zuidLead, w.zuidWave(), w.zuidPrimary().get(0));
        assertEquals("few-institutions-beyond-scope", q1.getString(municipality + ".withheld"));
        assertNull(q1.get(municipality + ".share"));
        assertNull(q1.get(municipality + ".verdict"));

        Accounts.as(lead)
                .get("/api/analysis/waves/" + w.noordWave() + "/institutions/"
                        + w.noordPrimary().get(4) + "/benchmarks")
                .then()
                .statusCode(404);

        Document report = Jsoup.parse(FormClient.loggedIn(accounts.create(Role.INSTITUTION_LEAD, p10))
                .get("/monitor/institutions/" + p10)
                .asString());
        String table = report.select("table:has(caption:contains(vergeleken met andere scholen))")
                .text();
        assertTrue(table.contains("significant hoger"), table);
        assertTrue(table.contains("bij de hoogste 10 % van de scholen"), table);
        assertTrue(table.contains("nog geen normgroep"), table);
        assertTrue(report.text().contains("interval van Newcombe"), "the test is named on the page");
    }

    @Test
    void theNormGroupOfEverySchoolOfTheSectorOnThePlatformIsFrozenOncePerEndedSchoolYear() {
        World w = world(LocalDate.of(2015, 10, 1));
        long p10 = w.noordPrimary().get(9);
        String lead = accounts.session(Role.INSTITUTION_LEAD, p10);
        String norm = against("norm-group");
        assertEquals("no-norm", benchmarks(lead, w.noordWave(), p10).getString(norm + ".missing"));

        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, w.noord());
        freeze(analyst, "2015-2016").then().statusCode(403);
        String admin = accounts.session(Role.ADMINISTRATOR, null);
        freeze(admin, "2015/16")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("schoolYear"));
        String current = NormGroups.schoolYear(LocalDate.now());
        freeze(admin, current)
                .then()
                .statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("runs until"));
        JsonPath frozen =
                freeze(admin, "2015-2016").then().statusCode(200).extract().jsonPath();
        assertEquals("2015-2016", frozen.getString("schoolYear"));
        assertEquals(
                2,
                frozen.getInt("groups"),
                "primary on satisfied-relationship and on theme A, which a1 alone answers here; one secondary school"
                        + " is no group");
        freeze(admin, "2015-2016").then().statusCode(409);

        JsonPath best = benchmarks(lead, w.noordWave(), p10);
        assertEquals(13, best.getInt(norm + ".schools"));
        assertEquals("2015-2016", best.getString(norm + ".normYear"));
        assertEquals(0.32, best.getDouble(norm + ".norm.p10"), 1e-9);
        assertEquals(0.50, best.getDouble(norm + ".norm.p25"), 1e-9);
        assertEquals(0.60, best.getDouble(norm + ".norm.p50"), 1e-9);
        assertEquals(0.70, best.getDouble(norm + ".norm.p75"), 1e-9);
        assertEquals(0.78, best.getDouble(norm + ".norm.p90"), 1e-9);
        assertEquals(0.60, best.getDouble(norm + ".share"), 1e-9, "held against the median school");
        assertEquals("significantly-above", best.getString(norm + ".verdict"));
        assertEquals("highest-10", best.getString(norm + ".band"));
        JsonPath zuid = benchmarks(
                accounts.session(Role.INSTITUTION_LEAD, w.zuidPrimary().get(0)),
                w.zuidWave(),
                w.zuidPrimary().get(0));
        assertEquals("in-line", zuid.getString(norm + ".verdict"), "Zuid's school sees the same norm");
        assertEquals("p25-p50", zuid.getString(norm + ".band"));

        FormClient platform = FormClient.loggedIn(accounts.create(Role.ADMINISTRATOR, null));
        Document page = Jsoup.parse(platform.get("/app/admin/norms").asString());
        assertTrue(page.select("tbody tr").text().contains("2015-2016"), page.text());
        Response again = platform.post("/app/admin/norms", "schoolYear", "2015-2016");
        assertEquals(400, again.statusCode());
        assertTrue(Jsoup.parse(again.asString()).text().contains("De normgroep van 2015-2016 staat al vast."));
        Response typo = platform.post("/app/admin/norms", "schoolYear", "volgend jaar");
        assertEquals(400, typo.statusCode());
        assertEquals(
                "Vul een schooljaar in als 2025-2026: twee jaartallen na elkaar, met een streepje.",
                Jsoup.parse(typo.asString()).getElementById("err-schoolYear").text());
        Response empty = platform.post("/app/admin/norms", "schoolYear", "2013-2014");
        assertEquals(303, empty.statusCode());
        Document after = Jsoup.parse(platform.follow(empty).asString());
        assertTrue(after.text().contains("De normgroepen van 2013-2014 staan vast."), after.text());
        assertTrue(after.select("tbody tr:contains(2013-2014)").text().contains("te weinig scholen"));
        assertEquals(
                403,
                FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, w.noord()))
                        .get("/app/admin/norms")
                        .statusCode());
    }

    private static Response freeze(String session, String schoolYear) {
        return Accounts.as(session).body(Map.of("schoolYear", schoolYear)).post("/api/analysis/norms");
    }
}
