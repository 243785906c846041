package nl.betrokken.analysis;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hand-made municipality: four schools, a baseline and a follow-up, with answers chosen so every
 * figure can be worked out on paper. Satisfied with the relationship (item a1, positive = agree or
 * agree strongly; "don't know" does not count):
 *
 * <pre>
 * follow-up   school  sector     parents  answered  positive
 *             A1      primary    100      38        30   (20 agree, 10 agree strongly, 8 disagree; 2 don't know)
 *             A2      secondary  100      20        10   (10 agree, 10 disagree)
 *             A3      primary     20       3         3   (3 agree)                  -> below 5: hidden, and in no total
 *             A4      secondary   50      25        20   (20 agree, 5 disagree strongly)
 *             all (A1, A2, A4)   250      83        60   = 0.7229, 95 % Wilson with FPC 0.6382..0.7941
 *             primary (A1)       100      38        30   = 0.7895, 0.6713..0.8732
 * baseline    A1 20/40, A2 8/20, A4 10/25: 38/85 = 0.4471
 * change      0.2758, Newcombe 0.1272..0.4078, pooled z-test p = 0.000288
 * </pre>
 *
 * Weighted by school (each school's respondents stand for its parents; Cochran 1977, ch. 5, the
 * stratified estimate of a proportion with a finite population correction per stratum):
 *
 * <pre>
 * all         W = 0.4, 0.4, 0.2; 0.4 x 30/38 + 0.4 x 10/20 + 0.2 x 20/25 = 0.675789
 *             v = 0.16 x 0.62 x (30/38)(8/38)/37 + 0.16 x 0.8 x 0.25/19 + 0.04 x 0.5 x 0.16/24 = 0.0022632
 *             se 0.047573, 95 % 0.5825..0.7690; simple sample of 83 out of 250 with p = 60/83:
 *             v = 0.668 x 0.722892 x 0.277108 / 82 = 0.0016319, deff 1.3868, effective 83 / 1.3868 = 59.85
 * secondary   W = 2/3, 1/3; 0.6, se 0.071054, 0.4607..0.7393, deff 1.4281
 * </pre>
 *
 * Wilson with the finite population correction: z' = 1.959964 * sqrt((N - n) / (N - 1)), centre
 * (p + z'^2/2n) / (1 + z'^2/n), half-width z' / (1 + z'^2/n) * sqrt(p(1-p)/n + z'^2/4n^2). The old
 * figures of this test (63/86 with A3 in the total: 0.6491..0.8022, change 0.2855 with 0.1386..0.4158,
 * p 0.000147) come out of the same formulas, which checks the hand computation.
 */
@QuarkusTest
class IndicatorsAndTargetsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    private String analyst;
    private long followUp;
    private long baseline;
    private long a3;
    private long schoolA1;

    private static Map<String, Object> a1(String answer) {
        return Map.of("sector", "primary", "a1", answer);
    }

    @BeforeEach
    void municipality() {
        Municipality municipality = fixtures.municipality("Gemeente Papier " + System.nanoTime());
        Board board = fixtures.board(municipality, "Bestuur Papier");
        Institution s1 = fixtures.institution(board, "A1", Sector.PRIMARY);
        Institution s2 = fixtures.institution(board, "A2", Sector.SECONDARY);
        Institution s3 = fixtures.institution(board, "A3", Sector.PRIMARY);
        Institution s4 = fixtures.institution(board, "A4", Sector.SECONDARY);
        fixtures.population(s3.id, 20);
        fixtures.population(s4.id, 50);
        a3 = s3.id;
        schoolA1 = s1.id;
        analyst = accounts.session(Role.MUNICIPALITY_ANALYST, municipality.id);

        JsonPath before = Waves.open(
                analyst, "parent-baseline", "link", TODAY.minusDays(365), TODAY.plusDays(1), s1.id, s2.id, s4.id);
        baseline = before.getLong("id");
        responses.add(link(before, s1.id), a1("agree"), 20);
        responses.add(link(before, s1.id), a1("disagree"), 20);
        responses.add(link(before, s2.id), a1("agree"), 8);
        responses.add(link(before, s2.id), a1("disagree"), 12);
        responses.add(link(before, s4.id), a1("agree"), 10);
        responses.add(link(before, s4.id), a1("disagree"), 15);

        JsonPath after = Waves.open(
                analyst, "parent-baseline", "link", TODAY.minusDays(1), TODAY.plusDays(30), s1.id, s2.id, s3.id, s4.id);
        followUp = after.getLong("id");
        responses.add(link(after, s1.id), a1("agree"), 20);
        responses.add(link(after, s1.id), a1("agree-strongly"), 10);
        responses.add(link(after, s1.id), a1("disagree"), 8);
        responses.add(link(after, s1.id), a1("dont-know"), 2);
        responses.add(link(after, s2.id), a1("agree"), 10);
        responses.add(link(after, s2.id), a1("disagree"), 10);
        responses.add(link(after, s3.id), a1("agree"), 3);
        responses.add(link(after, s4.id), a1("agree"), 20);
        responses.add(link(after, s4.id), a1("disagree-strongly"), 5);
        figures.publish();
    }

    private static String link(JsonPath wave, long institution) {
        return wave.getString("institutions.find { it.institutionId == " + institution + " }.link");
    }

    @Test
    void theIndicatorOverallBySectorAndBySchoolWithIntervalsAndSuppression() {
        JsonPath results = Accounts.as(analyst)
                .get("/api/analysis/waves/" + followUp)
                .then()
                .statusCode(200)
                .body("respondents", equalTo(88))
                .body("population", equalTo(270))
                .body("threshold", equalTo(5))
                .body("confidence", equalTo(0.95))
                .extract()
                .jsonPath();
        String satisfied = "indicators.find { it.id == 'satisfied-relationship' }";
        assertFigure(results, satisfied + ".overall", 60, 83, 0.722892, 0.638233, 0.794129);
        Assertions.assertEquals(
                1, results.getInt(satisfied + ".overall.leftOut"), "the total says it leaves out the small school");
        Assertions.assertEquals(3, results.getInt(satisfied + ".overall.institutions"));
        assertFigure(
                results, satisfied + ".bySector.find { it.group == 'primary' }", 30, 38, 0.789474, 0.671278, 0.873198);
        assertFigure(
                results, satisfied + ".bySector.find { it.group == 'secondary' }", 30, 45, 0.666667, 0.5445, 0.7699);
        assertFigure(results, satisfied + ".byInstitution.find { it.group == 'A4' }", 20, 25, 0.8, 0.6682, 0.8882);
        assertFigure(results, satisfied + ".byInstitution.find { it.group == 'A2' }", 10, 20, 0.5, 0.3167, 0.6833);
        assertFigure(
                results, satisfied + ".byInstitution.find { it.group == 'A1' }", 30, 38, 0.789474, 0.671278, 0.873198);
        String a3 = satisfied + ".byInstitution.find { it.group == 'A3' }";
        Assertions.assertEquals(true, results.getBoolean(a3 + ".suppressed"));
        Assertions.assertEquals("too-few-answers", results.getString(a3 + ".withheld"));
        Assertions.assertNull(results.get(a3 + ".share"));
        Assertions.assertNull(results.get(a3 + ".positive"));
        Assertions.assertEquals(
                List.of("A4", "A1", "A2", "A3"),
                results.getList(satisfied + ".byInstitution.group"),
                "shown schools first, best first");

        String a1 = "items.find { it.key == 'a1' }";
        Assertions.assertEquals(85, results.getInt(a1 + ".answered"), "40 + 20 + 25, without A3");
        Assertions.assertEquals(50, results.getInt(a1 + ".options.find { it.id == 'agree' }.respondents"));
        Assertions.assertEquals(2, results.getInt(a1 + ".options.find { it.id == 'dont-know' }.respondents"));
        Assertions.assertEquals(
                231.0 / 83,
                results.getDouble(a1 + ".mean"),
                1e-9,
                "the mean leaves out don't know: (5x1 + 18x2 + 50x3 + 10x4) / 83");
        Assertions.assertNull(
                results.get("items.find { it.key == 'b1' }.answered"), "an item nobody answered shows nothing");
        Assertions.assertEquals(
                true,
                results.getBoolean("items.find { it.key == 'b1' }.suppressed"),
                "no answers and too few answers look the same, so a hidden count cannot be told from zero");
    }

    private static void assertFigure(
            JsonPath json, String path, int positive, int answered, double share, double lower, double upper) {
        Assertions.assertEquals(positive, json.getInt(path + ".positive"), path);
        Assertions.assertEquals(answered, json.getInt(path + ".answered"), path);
        Assertions.assertEquals(share, json.getDouble(path + ".share"), 1e-6, path);
        Assertions.assertEquals(lower, json.getDouble(path + ".lower"), 1e-4, path);
        Assertions.assertEquals(upper, json.getDouble(path + ".upper"), 1e-4, path);
        Assertions.assertEquals(false, json.getBoolean(path + ".suppressed"), path);
    }

    @Test
    void theChangeFromBaselineToFollowUpIsSignificant() {
        Accounts.as(analyst)
                .queryParam("baseline", baseline)
                .queryParam("followUp", followUp)
                .get("/api/analysis/compare")
                .then()
                .statusCode(200)
                .body("changes.find { it.indicatorId == 'satisfied-relationship' }.baseline", closeTo(38.0 / 85, 1e-6))
                .body("changes.find { it.indicatorId == 'satisfied-relationship' }.followUp", closeTo(60.0 / 83, 1e-6))
                .body("changes.find { it.indicatorId == 'satisfied-relationship' }.difference", closeTo(0.275833, 1e-6))
                .body("changes.find { it.indicatorId == 'satisfied-relationship' }.lower", closeTo(0.1272, 1e-4))
                .body("changes.find { it.indicatorId == 'satisfied-relationship' }.upper", closeTo(0.4078, 1e-4))
                .body("changes.find { it.indicatorId == 'satisfied-relationship' }.pValue", closeTo(0.000288, 1e-6))
                .body("changes.find { it.indicatorId == 'satisfied-relationship' }.significant", equalTo(true))
                .body("changes.find { it.indicatorId == 'parenting-support' }.suppressed", equalTo(true));
    }

    private long target(String name, double threshold, Long institution) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "questionnaireId",
                "parent-baseline",
                "indicatorId",
                "satisfied-relationship",
                "threshold",
                threshold,
                "deadline",
                "2028-12-31"));
        if (institution != null) {
            body.put("institutionId", institution);
        }
        return Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/targets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void targetsAreMetNotMetUndeterminedOrHaveTooFewResponses() {
        long met = target("Minstens 60 % tevreden", 0.60, null);
        long notMet = target("Minstens 90 % tevreden", 0.90, null);
        long open = target("Minstens 75 % tevreden", 0.75, null);
        long small = target("A3 minstens 60 %", 0.60, a3);
        Accounts.as(analyst)
                .get("/api/targets/" + met)
                .then()
                .statusCode(200)
                .body("status", equalTo("met"))
                .body("latest.waveId", equalTo((int) followUp))
                .body("latest.lower", closeTo(0.638233, 1e-4))
                .body("trend", hasSize(2))
                .body("trend[0].share", closeTo(38.0 / 85, 1e-6))
                .body("slopePerYear", closeTo((60.0 / 83 - 38.0 / 85) / (364 / 365.25), 1e-6))
                .body("projectedAtDeadline", equalTo(1.0));
        Accounts.as(analyst).get("/api/targets/" + notMet).then().body("status", equalTo("not-met"));
        Accounts.as(analyst).get("/api/targets/" + open).then().body("status", equalTo("undetermined"));
        Accounts.as(analyst)
                .get("/api/targets/" + small)
                .then()
                .body("status", equalTo("too-few-responses"))
                .body("latest.suppressed", equalTo(true))
                .body("latest.share", nullValue());
    }

    @Test
    void groupsOfSchoolsAreWeightedByTheirParentsAndEveryFigureStatesItsResponse() {
        JsonPath results = Accounts.as(analyst)
                .get("/api/analysis/waves/" + followUp)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String overall = "indicators.find { it.id == 'satisfied-relationship' }.overall";
        Assertions.assertEquals(250, results.getInt(overall + ".population"));
        Assertions.assertEquals(83.0 / 250, results.getDouble(overall + ".responseRate"), 1e-9);
        Assertions.assertEquals(0.2, results.getDouble(overall + ".minimumResponseRate"), 1e-9, "the default");
        Assertions.assertEquals(true, results.getBoolean(overall + ".representative"));
        Assertions.assertEquals(0.675789, results.getDouble(overall + ".weighted.share"), 1e-6);
        Assertions.assertEquals(0.047573, results.getDouble(overall + ".weighted.standardError"), 1e-6);
        Assertions.assertEquals(0.5825, results.getDouble(overall + ".weighted.lower"), 1e-4);
        Assertions.assertEquals(0.7690, results.getDouble(overall + ".weighted.upper"), 1e-4);
        Assertions.assertEquals(1.3868, results.getDouble(overall + ".weighted.designEffect"), 1e-4);
        Assertions.assertEquals(59.85, results.getDouble(overall + ".weighted.effectiveRespondents"), 1e-2);
        Assertions.assertEquals(3, results.getInt(overall + ".weighted.strata"));
        String secondary =
                "indicators.find { it.id == 'satisfied-relationship' }.bySector.find { it.group == 'secondary' }";
        Assertions.assertEquals(0.6, results.getDouble(secondary + ".weighted.share"), 1e-9);
        Assertions.assertEquals(0.4607, results.getDouble(secondary + ".weighted.lower"), 1e-4);
        Assertions.assertEquals(0.7393, results.getDouble(secondary + ".weighted.upper"), 1e-4);
        String primary =
                "indicators.find { it.id == 'satisfied-relationship' }.bySector.find { it.group == 'primary' }";
        Assertions.assertNull(results.get(primary + ".weighted"), "one school shown (A3 is hidden): nothing to weight");
        Assertions.assertNull(
                results.get(
                        "indicators.find { it.id == 'satisfied-relationship' }.byInstitution.find { it.group == 'A1' }.weighted"));

        long municipality =
                Accounts.as(analyst).get("/api/me").then().extract().jsonPath().getLong("municipalityId");
        String page = Accounts.as(analyst)
                .get("/monitor/municipalities/" + municipality + "?wave=" + followUp)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Assertions.assertTrue(
                page.contains("Gewogen naar het aantal ouders per school: <strong>68 % (58–77 %)</strong>"), page);
        Assertions.assertTrue(page.contains("de 83 antwoorden zijn even precies als 60 willekeurig gekozen ouders"));
        Assertions.assertTrue(page.contains("Wat betekenen deze cijfers?"));
        Assertions.assertTrue(page.contains("Verloop over 2 peilingen"), "baseline and follow-up form one series");
        Assertions.assertTrue(page.contains("45 % (36–53 %)"), "the baseline's 38 of 85 in the series");

        byte[] workbook = Accounts.as(analyst)
                .get("/api/exports/waves/" + followUp + "/aggregates.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Row all = null;
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0
                        && row.getCell(0).getStringCellValue().startsWith("Tevreden")
                        && row.getCell(1).getStringCellValue().equals("Alle scholen")) {
                    all = row;
                }
            }
            Assertions.assertNotNull(all);
            Assertions.assertEquals(0.332, all.getCell(10).getNumericCellValue(), 1e-9, "respons");
            Assertions.assertEquals(0.675789, all.getCell(11).getNumericCellValue(), 1e-6, "gewogen");
            Assertions.assertEquals(0.5825, all.getCell(12).getNumericCellValue(), 1e-4);
            Assertions.assertEquals(1.3868, all.getCell(14).getNumericCellValue(), 1e-4, "design-effect");
            List<Double> series = new java.util.ArrayList<>();
            for (Row row : book.getSheet("Verloop")) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith("Tevreden")) {
                    series.add(row.getCell(6).getNumericCellValue());
                }
            }
            Assertions.assertEquals(2, series.size(), "the series in the workbook: " + series);
            Assertions.assertEquals(38.0 / 85, series.get(0), 1e-9, "oldest first");
            Assertions.assertEquals(60.0 / 83, series.get(1), 1e-9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void targetsUseTheWeightedFigureWhenAskedAndSayWhenTooFewAnsweredToBeRepresentative() {
        long target = target("Minstens 60 % tevreden", 0.60, null);
        long school = target("A1 minstens 60 %", 0.60, schoolA1);
        Accounts.as(analyst).get("/api/targets/" + target).then().body("status", equalTo("met"));
        long municipality =
                Accounts.as(analyst).get("/api/me").then().extract().jsonPath().getLong("municipalityId");

        settings(municipality, Map.of("weightedTargets", true));
        Accounts.as(analyst)
                .get("/api/targets/" + target)
                .then()
                .body("status", equalTo("undetermined"))
                .body("latest.weighted", closeTo(0.675789, 1e-6))
                .body("latest.weightedLower", closeTo(0.5825, 1e-4))
                .body("latest.lower", closeTo(0.638233, 1e-4));

        // 40 % of A1's parents and 33 % of all answered: below a minimum of 35 % only A1 is too few
        settings(municipality, Map.of("minParentResponseRate", 0.35));
        Accounts.as(analyst).get("/api/targets/" + school).then().body("status", equalTo("met"));
        settings(municipality, Map.of("minParentResponseRate", 0.45));
        Accounts.as(analyst)
                .get("/api/targets/" + target)
                .then()
                .body("status", equalTo("undetermined-unrepresentative"))
                .body("latest.representative", equalTo(false))
                .body("latest.responseRate", closeTo(0.332, 1e-9));
        Accounts.as(analyst)
                .get("/api/targets/" + school)
                .then()
                .body("status", equalTo("undetermined-unrepresentative"));
        String page = Accounts.as(analyst)
                .get("/monitor/municipalities/" + municipality + "?wave=" + followUp)
                .then()
                .extract()
                .asString();
        Assertions.assertTrue(
                page.contains("nog niet te zeggen: te weinig antwoorden om representatief te zijn"), page);
        Assertions.assertTrue(page.contains("niet representatief: 33 % antwoordde (minimaal 45 %)"));

        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "parentThreshold", 5,
                        "staffThreshold", 5,
                        "microdataThreshold", 10,
                        "populationShares", List.of(),
                        "minParentResponseRate", 0))
                .put("/api/analysis/municipalities/" + municipality + "/settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("minParentResponseRate"));
    }

    @Test
    void theAnalystSeesHowManyMoreAnswersEachTargetAndSchoolNeeds() {
        long target = target("Minstens 75 % tevreden", 0.75, null);
        String rows = "targets.find { it.targetId == " + target + " }.rows";
        JsonPath decisions = Accounts.as(analyst)
                .get("/api/targets/waves/" + followUp + "/decisions")
                .then()
                .statusCode(200)
                .body("open", equalTo(true))
                .body("change", closeTo(0.05, 1e-12))
                .extract()
                .jsonPath();
        // all: 60 of 83 among 250 parents; at the same share, 117 more answers put the upper bound below 75 %
        Assertions.assertEquals(
                "undetermined", decisions.getString(rows + ".find { it.group == 'Alle scholen' }.status"));
        Assertions.assertEquals(117, decisions.getInt(rows + ".find { it.group == 'Alle scholen' }.further"));
        Assertions.assertEquals("below", decisions.getString(rows + ".find { it.group == 'Alle scholen' }.side"));
        // 72.3 % against 77.3 % (Fleiss; power.prop.test gives 1182.7)
        Assertions.assertEquals(1183, decisions.getInt(rows + ".find { it.group == 'Alle scholen' }.perWave"));
        Assertions.assertEquals(45, decisions.getInt(rows + ".find { it.group == 'A1' }.further"));
        Assertions.assertEquals("above", decisions.getString(rows + ".find { it.group == 'A1' }.side"));
        Assertions.assertEquals(0, decisions.getInt(rows + ".find { it.group == 'A2' }.further"), "10 of 20: decided");
        Assertions.assertEquals(18, decisions.getInt(rows + ".find { it.group == 'A4' }.further"));
        Assertions.assertEquals(
                "too-few-answers",
                decisions.getString(rows + ".find { it.group == 'A3' }.withheld"),
                "a school below the threshold: that it needs answers, and nothing of its own counts");
        Assertions.assertNull(decisions.get(rows + ".find { it.group == 'A3' }.further"));
        Assertions.assertNull(decisions.get(rows + ".find { it.group == 'A3' }.answered"));

        String page = Accounts.as(analyst)
                .get("/monitor/waves/" + followUp + "/decisions?change=0.1")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Assertions.assertTrue(page.contains("nog 117 antwoorden: dan ligt de marge onder het doel"), page);
        Assertions.assertTrue(page.contains("al beslist: de marge ligt onder het doel"));
        Assertions.assertTrue(page.contains("<option value=\"0.1\" selected>10 procentpunten</option>"));
        Accounts.as(analyst)
                .get("/api/targets/waves/" + followUp + "/decisions?change=veel")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("change"));
    }

    private void settings(long municipality, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "parentThreshold", 5, "staffThreshold", 5, "microdataThreshold", 10, "populationShares", List.of()));
        body.putAll(extra);
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/analysis/municipalities/" + municipality + "/settings")
                .then()
                .statusCode(200);
    }

    @Test
    void aTargetNeedsAnIndicatorTheQuestionnaireHas() {
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "x",
                        "questionnaireId",
                        "parent-baseline",
                        "indicatorId",
                        "happiness",
                        "threshold",
                        0.9,
                        "deadline",
                        "2028-12-31"))
                .post("/api/targets")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("indicatorId"));
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "x",
                        "questionnaireId",
                        "parent-baseline",
                        "indicatorId",
                        "satisfied-relationship",
                        "threshold",
                        1.5,
                        "deadline",
                        "2028-12-31"))
                .post("/api/targets")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("threshold"));
    }

    @Test
    void reachShowsResponseRatesAndWhoIsUnderRepresented() {
        long municipality =
                Accounts.as(analyst).get("/api/me").then().extract().jsonPath().getLong("municipalityId");
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "parentThreshold",
                        5,
                        "staffThreshold",
                        5,
                        "microdataThreshold",
                        10,
                        "populationShares",
                        List.of(
                                Map.of("itemKey", "sector", "answer", "primary", "share", 0.6),
                                Map.of("itemKey", "sector", "answer", "secondary", "share", 0.4))))
                .put("/api/analysis/municipalities/" + municipality + "/settings")
                .then()
                .statusCode(200)
                .body("populationShares", hasSize(2));
        Accounts.as(analyst)
                .get("/api/analysis/waves/" + followUp + "/reach")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(88))
                .body("population", equalTo(270))
                .body("responseRate", closeTo(88.0 / 270, 1e-9))
                .body("institutions.find { it.institution == 'A1' }.responseRate", closeTo(0.4, 1e-9))
                .body("institutions.find { it.institution == 'A3' }.responseRate", closeTo(0.15, 1e-9))
                .body(
                        "makeUp.find { it.itemId == 'sector' }.groups.find { it.answer == 'primary' }.share",
                        closeTo(1.0, 1e-9))
                .body(
                        "makeUp.find { it.itemId == 'sector' }.groups.find { it.answer == 'primary' }.underRepresented",
                        equalTo(false))
                .body(
                        "makeUp.find { it.itemId == 'sector' }.groups.find { it.answer == 'secondary' }.representation",
                        closeTo(0.0, 1e-9))
                .body(
                        "makeUp.find { it.itemId == 'sector' }.groups.find { it.answer == 'secondary' }.underRepresented",
                        equalTo(true));
    }

    @Test
    void aHigherThresholdHidesMoreAndTheRebuildGivesTheSameNumbers() {
        long municipality =
                Accounts.as(analyst).get("/api/me").then().extract().jsonPath().getLong("municipalityId");
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "parentThreshold",
                        21,
                        "staffThreshold",
                        5,
                        "microdataThreshold",
                        10,
                        "populationShares",
                        List.of()))
                .put("/api/analysis/municipalities/" + municipality + "/settings")
                .then()
                .statusCode(200);
        Accounts.as(analyst)
                .get("/api/analysis/waves/" + followUp)
                .then()
                .body(
                        "indicators.find { it.id == 'satisfied-relationship' }.byInstitution.find { it.group == 'A2' }.suppressed",
                        equalTo(true));
        Accounts.as(analyst)
                .get("/monitor/municipalities/" + municipality)
                .then()
                .statusCode(200)
                .body(containsString("Een cijfer over minder dan 21 antwoorden wordt niet getoond"));
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "parentThreshold",
                        3,
                        "staffThreshold",
                        5,
                        "microdataThreshold",
                        10,
                        "populationShares",
                        List.of()))
                .put("/api/analysis/municipalities/" + municipality + "/settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentThreshold"));
    }

    @Test
    void aDashboardWithoutWavesStatesTheMunicipalitysThreshold() {
        Municipality municipality = fixtures.municipality("Gemeente Zonder Peiling " + System.nanoTime());
        String own = accounts.session(Role.MUNICIPALITY_ANALYST, municipality.id);
        Accounts.as(own)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "parentThreshold",
                        8,
                        "staffThreshold",
                        5,
                        "microdataThreshold",
                        10,
                        "populationShares",
                        List.of()))
                .put("/api/analysis/municipalities/" + municipality.id + "/settings")
                .then()
                .statusCode(200);
        Accounts.as(own)
                .get("/monitor/municipalities/" + municipality.id)
                .then()
                .statusCode(200)
                .body(containsString("Een cijfer over minder dan 8 antwoorden wordt niet getoond"));
    }
}
