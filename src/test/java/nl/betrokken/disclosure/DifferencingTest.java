package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.counting.Aggregator;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.Parents;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.MatcherAssert;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Differencing: someone reads every figure they can, one more parent answers, they read again. No
 * published figure about answers may change until the answers behind it have grown by the
 * threshold (5), and while the wave is open not before the publication interval has passed; only
 * the live numbers of respondents move. Three readers: the analyst, a board member and a lead.
 */
@QuarkusTest
class DifferencingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What may change with every response: how many answered, never what. */
    private static final Set<String> LIVE = Set.of("respondents", "responseRate", "leftOut", "warnings");

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    @Inject
    Publication publication;

    @Inject
    Aggregator aggregator;

    @Inject
    EntityManager entityManager;

    private long wave;
    private long municipality;
    private Institution first;
    private Institution second;
    private Institution third;
    private Map<Long, String> links;
    private Map<String, String> readers;

    @BeforeEach
    void aWaveWithPublishedFigures() {
        Municipality m = fixtures.municipality("Gemeente Verschil " + System.nanoTime());
        municipality = m.id;
        Board board = fixtures.board(m, "Bestuur Verschil");
        Board otherBoard = fixtures.board(m, "Ander Bestuur");
        first = fixtures.institution(board, "Eerste School", Sector.PRIMARY);
        second = fixtures.institution(board, "Tweede School", Sector.PRIMARY);
        third = fixtures.institution(otherBoard, "Derde School", Sector.SECONDARY);
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, m.id);
        JsonPath opened = Waves.openNow(analyst, "parent-baseline", "link", first.id, second.id, third.id);
        wave = opened.getLong("id");
        links = new LinkedHashMap<>();
        for (Institution school : List.of(first, second, third)) {
            links.put(school.id, opened.getString("institutions.find { it.institutionId == " + school.id + " }.link"));
        }
        for (Institution school : List.of(first, second, third)) {
            responses.add(
                    links.get(school.id), Map.of("sector", "primary", "a1", "agree", "home-language", "dutch"), 6);
            responses.add(
                    links.get(school.id), Map.of("sector", "primary", "a1", "disagree", "home-language", "other"), 2);
        }
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Tevreden",
                        "questionnaireId",
                        "parent-baseline",
                        "indicatorId",
                        "satisfied-relationship",
                        "threshold",
                        0.6,
                        "deadline",
                        "2028-12-31"))
                .post("/api/targets")
                .then()
                .statusCode(201);
        figures.publish();
        readers = Map.of(
                "analyst",
                analyst,
                "board",
                accounts.session(Role.BOARD_MEMBER, board.id),
                "lead",
                accounts.session(Role.INSTITUTION_LEAD, first.id));
    }

    /** Everything a reader can obtain about the wave, without the live numbers. */
    private Map<String, String> read(String session) throws Exception {
        List<String> paths = new ArrayList<>(List.of(
                "/api/analysis/waves/" + wave,
                "/api/analysis/waves/" + wave + "/reach",
                "/api/targets",
                "/api/analysis/waves/" + wave + "?sector=primary",
                "/api/analysis/waves/" + wave + "?sector=secondary"));
        for (Institution school : List.of(first, second, third)) {
            paths.add("/api/analysis/waves/" + wave + "?institution=" + school.id);
            paths.add("/api/analysis/waves/" + wave + "/reach?institution=" + school.id);
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : paths) {
            var response = Accounts.as(session).get(path);
            seen.put(path, response.statusCode() + " " + withoutLiveNumbers(JSON.readTree(response.asString())));
        }
        byte[] workbook = Accounts.as(session)
                .get("/api/exports/waves/" + wave + "/aggregates.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (String sheet : List.of("Indicatoren", "Uitspraken", "Over deze cijfers")) {
                StringBuilder cells = new StringBuilder();
                for (Row row : book.getSheet(sheet)) {
                    for (Cell cell : row) {
                        cells.append(cell).append('|');
                    }
                    cells.append('\n');
                }
                seen.put(sheet, cells.toString());
            }
        }
        return seen;
    }

    private static JsonNode withoutLiveNumbers(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            // per-answer counts are called respondents too, but they sit in "options" and "groups" lists
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            boolean isCount = object.has("label") && (object.has("share") || object.has("populationShare"));
            for (String name : names) {
                if (LIVE.contains(name) && !isCount) {
                    object.remove(name);
                } else {
                    withoutLiveNumbers(object.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(DifferencingTest::withoutLiveNumbers);
        }
        return node;
    }

    private Map<String, Map<String, String>> readAll() throws Exception {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (Map.Entry<String, String> reader : readers.entrySet()) {
            all.put(reader.getKey(), read(reader.getValue()));
        }
        return all;
    }

    private long respondents(String session) {
        return Accounts.as(session)
                .get("/api/analysis/waves/" + wave + "/reach")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("respondents");
    }

    private void pretendTheLastPublicationWasYesterday() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("update published_cell"
                                + " set published_at = published_at - interval '25 hours' where wave_institution_id in"
                                + " (select id from wave_institution where wave_id = :w)")
                        .setParameter("w", wave)
                        .executeUpdate());
    }

    private String analyst() {
        return readers.get("analyst");
    }

    @Test
    void oneMoreResponseChangesNoPublishedFigureOfAnyGroupForAnyReader() throws Exception {
        pretendTheLastPublicationWasYesterday();
        Map<String, Map<String, String>> before = readAll();
        long respondentsBefore = respondents(analyst());

        Parents.answer(links.get(first.id), "primary", "disagree-strongly");
        aggregator.catchUp();
        publication.publishDue();
        Accounts.as(analyst())
                .contentType(ContentType.JSON)
                .post("/api/waves/" + wave + "/publish")
                .then()
                .statusCode(200)
                .body("published", Matchers.equalTo(0));

        assertEquals(respondentsBefore + 1, respondents(analyst()), "the respondent count is live");
        Map<String, Map<String, String>> after = readAll();
        for (String reader : readers.keySet()) {
            for (String path : before.get(reader).keySet()) {
                assertEquals(
                        before.get(reader).get(path),
                        after.get(reader).get(path),
                        reader + " reads " + path + " after one more response");
            }
        }
    }

    @Test
    void aFigureChangesOnlyWhenTheAnswersBehindItGrewByTheThresholdAndNotBeforeTheInterval() throws Exception {
        String a1OfFirst = "/api/analysis/waves/" + wave + "?institution=" + first.id;
        String before = readAll().get("analyst").get(a1OfFirst);
        for (int i = 0; i < 4; i++) {
            Parents.answer(links.get(first.id), "primary", "agree");
        }
        Accounts.as(analyst())
                .contentType(ContentType.JSON)
                .post("/api/waves/" + wave + "/publish")
                .then()
                .statusCode(200);
        assertEquals(before, readAll().get("analyst").get(a1OfFirst), "four new answers: still the old figure");

        responses.add(links.get(first.id), Map.of("sector", "primary", "a1", "agree"), 1);
        aggregator.catchUp();
        publication.publishDue();
        assertEquals(before, readAll().get("analyst").get(a1OfFirst), "five, but the daily publication is not due yet");

        pretendTheLastPublicationWasYesterday();
        publication.publishDue();
        String grown = readAll().get("analyst").get(a1OfFirst);
        assertNotEquals(before, grown, "five new answers and a day later: published");
        assertTrue(grown.contains("\"answered\":13"), grown);

        responses.add(links.get(first.id), Map.of("sector", "primary", "a1", "agree"), 5);
        Accounts.as(analyst())
                .contentType(ContentType.JSON)
                .post("/api/waves/" + wave + "/publish")
                .then()
                .statusCode(200);
        assertTrue(
                readAll().get("analyst").get(a1OfFirst).contains("\"answered\":18"), "publish now does not wait a day");
    }

    @Test
    void closingPublishesTheFinalFiguresUnderTheSameGrowthRule() throws Exception {
        responses.add(links.get(second.id), Map.of("sector", "primary", "a1", "agree"), 5);
        responses.add(links.get(third.id), Map.of("sector", "primary", "a1", "agree"), 2);
        aggregator.catchUp();
        String path = "/api/analysis/waves/" + wave;
        Map<String, String> before = readAll().get("analyst");
        Accounts.as(analyst())
                .contentType(ContentType.JSON)
                .post("/api/waves/" + wave + "/close")
                .then()
                .statusCode(200)
                .body("finalPublishedAt", Matchers.notNullValue());
        JsonPath results = Accounts.as(analyst()).get(path).then().extract().jsonPath();
        String satisfied = "indicators.find { it.id == 'satisfied-relationship' }.byInstitution";
        assertEquals(
                13,
                results.getInt(satisfied + ".find { it.group == 'Tweede School' }.answered"),
                "five more: in the final figures");
        assertEquals(
                8,
                results.getInt(satisfied + ".find { it.group == 'Derde School' }.answered"),
                "two more would be given away by the difference: they stay out");
        assertNotEquals(before.get(path), readAll().get("analyst").get(path));

        responses.add(links.get(first.id), Map.of("sector", "primary", "a1", "agree"), 5);
        aggregator.catchUp();
        pretendTheLastPublicationWasYesterday();
        Map<String, String> closed = readAll().get("analyst");
        publication.publishDue();
        assertEquals(
                closed.get(path), readAll().get("analyst").get(path), "nothing is published after the final figures");
        MatcherAssert.assertThat(
                Accounts.as(analyst()).get("/app/waves/" + wave).asString(),
                Matchers.containsString("De eindcijfers zijn gepubliceerd"));
    }
}
