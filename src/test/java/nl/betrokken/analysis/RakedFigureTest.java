package nl.betrokken.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import nl.betrokken.analysis.stats.RakingTest;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The municipality's figure raked to its schools and the language spoken at home, from the published
 * cells of a closed wave:
 *
 * <pre>
 *            parents   Dutch at home       other language
 * school A       100   20 (15 satisfied)    5 (1 satisfied)
 * school B       200   10 (6)              10 (3)
 * all parents: half speak Dutch at home (entered with its source)
 * </pre>
 *
 * The raked table has A-Dutch 71.9223 parents (the odds-ratio solution of {@link RakingTest}), so the
 * raked share is 0.4766, against 25/45 = 0.5556 unweighted and 0.5133 weighted by school only.
 */
@QuarkusTest
class RakedFigureTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    @Test
    void theMunicipalityFigureIsRakedToSchoolsAndHomeLanguage() throws IOException {
        Municipality m = fixtures.municipality("Gemeente Raking " + System.nanoTime());
        Board board = fixtures.board(m, "Bestuur Raking");
        long a = fixtures.institution(board, "School A", Sector.PRIMARY).id;
        long b = fixtures.institution(board, "School B", Sector.PRIMARY).id;
        fixtures.population(a, 100);
        fixtures.population(b, 200);
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, m.id);
        JsonPath wave = Waves.open(
                analyst,
                "parent-baseline",
                "link",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                a,
                b);
        long waveId = wave.getLong("id");
        send(wave, a, "dutch", 15, 5);
        send(wave, a, "other", 1, 4);
        send(wave, b, "dutch", 6, 4);
        send(wave, b, "other", 3, 7);
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "shares",
                        Map.of("dutch", 0.5, "dutch-and-other", 0, "other", 0.5),
                        "source",
                        "Leerlingadministratie oktober 2026"))
                .put("/api/analysis/municipalities/" + m.id + "/population/home-language")
                .then()
                .statusCode(200);

        // before the wave closes there are no published cells per language: no raked figure yet
        figures.publish(waveId);
        assertEquals(null, satisfied(analyst, waveId).getList("raked"), "left out of the JSON when there is none");

        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .post("/api/waves/" + waveId + "/close")
                .then()
                .statusCode(200);
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .post("/api/waves/" + waveId + "/publish")
                .then()
                .statusCode(200);
        JsonPath overall = satisfied(analyst, waveId);
        assertEquals(25.0 / 45, overall.getDouble("share"), 1e-9);
        assertEquals((100 * 16.0 / 25 + 200 * 9.0 / 20) / 300, overall.getDouble("weighted.share"), 1e-9);

        double x11 = RakingTest.oddsRatioSolution(100, 200, 150, 4);
        double expected = (x11 * 0.75 + (100 - x11) * 0.2 + (150 - x11) * 0.6 + (50 + x11) * 0.3) / 300;
        assertEquals(expected, overall.getDouble("raked[0].share"), 1e-4);
        assertEquals(0.4766, overall.getDouble("raked[0].share"), 1e-4);
        assertEquals("home-language", overall.getString("raked[0].itemKey"));
        assertEquals("Leerlingadministratie oktober 2026", overall.getString("raked[0].source"));
        assertEquals(0, overall.getInt("raked[0].unknown"));
        assertTrue(overall.getDouble("raked[0].lower") < expected && expected < overall.getDouble("raked[0].upper"));
        assertTrue(overall.getDouble("raked[0].designEffect") > 1, "unequal weights cost precision");

        byte[] workbook = Accounts.as(analyst)
                .get("/api/exports/waves/" + waveId + "/aggregates.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Double inBook = null;
            for (Row row : book.getSheet("Indicatoren")) {
                if (row.getCell(2) != null
                        && row.getCell(2).getStringCellValue().startsWith("totaal, gewogen naar school en")
                        && row.getCell(0).getStringCellValue().startsWith("Tevreden")) {
                    inBook = row.getCell(11).getNumericCellValue();
                }
            }
            assertEquals(expected, inBook, 1e-4, "the workbook has the raked share in its weighted columns");
        }

        Document dashboard = Jsoup.parse(Accounts.as(analyst)
                .get("/monitor/municipalities/" + m.id + "?wave=" + waveId)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(
                dashboard.text().contains("48 % (")
                        && dashboard.text().contains("samenstelling van alle ouders volgens Leerlingadministratie"),
                dashboard.text());
    }

    private void send(JsonPath wave, long school, String language, int satisfied, int not) {
        String link = wave.getString("institutions.find { it.institutionId == " + school + " }.link");
        responses.add(link, Map.of("sector", "primary", "home-language", language, "a1", "agree"), satisfied);
        responses.add(link, Map.of("sector", "primary", "home-language", language, "a1", "disagree"), not);
    }

    private static JsonPath satisfied(String session, long waveId) {
        JsonPath results = Accounts.as(session)
                .get("/api/analysis/waves/" + waveId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return results.setRootPath("indicators.find { it.id == 'satisfied-relationship' }.overall");
    }
}
