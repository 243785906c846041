package nl.betrokken.disclosure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
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
import nl.betrokken.testing.Parents;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Padding: a board member takes the open link of one of their schools, where three real parents
 * answered, and sends answers of their own to lift it over the threshold, hoping to read the three
 * real parents. They never get a row of answers; the analyst who does gets the small school's rows
 * without the school, the week or the details that would tell the three apart; and the padding is
 * visible: more responses than the school has parents, the link view in the audit trail.
 */
@QuarkusTest
class PaddingTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    @Inject
    EntityManager entityManager;

    private String analyst;
    private String boardUser;
    private String board;
    private long wave;
    private Institution small;

    @BeforeEach
    void aSmallSchoolWithThreeRealParents() {
        Municipality municipality = fixtures.municipality("Gemeente Opvulling " + System.nanoTime());
        Board b = fixtures.board(municipality, "Bestuur Opvulling");
        small = fixtures.institution(b, "Kleine School", Sector.PRIMARY);
        fixtures.population(small.id, 4);
        Institution large = fixtures.institution(b, "Grote School", Sector.PRIMARY);
        analyst = accounts.session(Role.MUNICIPALITY_ANALYST, municipality.id);
        boardUser = accounts.create(Role.BOARD_MEMBER, b.id);
        board = Accounts.login(boardUser);
        JsonPath opened = Waves.openNow(analyst, "parent-baseline", "link", small.id, large.id);
        wave = opened.getLong("id");
        String smallLink = opened.getString("institutions.find { it.institutionId == " + small.id + " }.link");
        for (int parent = 1; parent <= 3; parent++) {
            responses.add(
                    smallLink,
                    Map.of(
                            "sector",
                            "primary",
                            "a1",
                            "disagree-strongly",
                            "home-language",
                            "other",
                            "child-age",
                            "age-4-7",
                            "remarks",
                            "Echte ouder " + parent));
        }
        responses.add(
                opened.getString("institutions.find { it.institutionId == " + large.id + " }.link"),
                Map.of("sector", "primary", "a1", "agree", "home-language", "dutch"),
                30);
        figures.publish();
    }

    private String linkAsTheBoardSeesIt() {
        return Accounts.as(board)
                .get("/api/waves/" + wave)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("institutions.find { it.institutionId == " + small.id + " }.link");
    }

    @Test
    void aBoardMemberWhoPadsASmallSchoolNeverObtainsTheRealRows() throws Exception {
        String link = linkAsTheBoardSeesIt();
        Parents.answer(link, "primary", "agree");
        Parents.answer(link, "primary", "agree");
        figures.publish();

        for (String file : List.of("responses.csv", "responses.csv?layout=long", "labels.sps")) {
            Accounts.as(board)
                    .get("/api/exports/waves/" + wave + "/" + file)
                    .then()
                    .statusCode(404);
        }
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .post("/api/waves/" + wave + "/close")
                .then()
                .statusCode(200);
        for (String file : List.of("responses.csv", "responses.csv?layout=long", "labels.sps")) {
            Accounts.as(board)
                    .get("/api/exports/waves/" + wave + "/" + file)
                    .then()
                    .statusCode(404);
        }

        String csv = Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/responses.csv?layout=wide")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        List<CSVRecord> real = rows.stream()
                .filter(r -> r.get("remarks").startsWith("Echte ouder"))
                .toList();
        assertEquals(3, real.size(), "the data controller gets the real parents' answers");
        for (CSVRecord row : real) {
            assertEquals("", row.get("institution"), "5 responses: the school is never named on rows");
            assertEquals("", row.get("home_language"), "nor what sets the three real parents apart");
            assertEquals("", row.get("child_age"));
        }
        assertEquals(
                1,
                rows.stream().map(r -> r.get("week")).distinct().count(),
                "everyone answered in the same week, so the week stays: it tells nobody apart");
        assertTrue(rows.stream().noneMatch(r -> r.get("institution").equals("Kleine School")));
    }

    @Test
    void thePaddingShowsOnTheWavePageInTheFiguresAndInTheAuditTrail() {
        String link = linkAsTheBoardSeesIt();
        Parents.answer(link, "primary", "agree");
        Parents.answer(link, "primary", "agree");
        figures.publish();

        Accounts.as(analyst)
                .get("/api/waves/" + wave)
                .then()
                .statusCode(200)
                .body(
                        "institutions.find { it.institutionId == " + small.id + " }.warnings",
                        hasItem("more-responses-than-population"));
        Accounts.as(analyst)
                .get("/api/analysis/waves/" + wave + "/reach")
                .then()
                .body(
                        "institutions.find { it.institutionId == " + small.id + " }.warnings",
                        hasItem("more-responses-than-population"));
        Accounts.as(analyst)
                .get("/api/analysis/waves/" + wave)
                .then()
                .body(
                        "indicators[0].byInstitution.find { it.groupId == " + small.id + " }.warnings",
                        hasItem("more-responses-than-population"))
                .body("indicators[0].overall.warnings", hasItem("includes-warned-institution"));
        Accounts.as(analyst)
                .get("/app/waves/" + wave)
                .then()
                .body(containsString("meer reacties dan ouders of teamleden"));
        Accounts.as(analyst)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.action == 'viewed-links' && it.objectId == '" + wave + "' }.username",
                        hasItem(boardUser));
    }

    @Test
    void aBurstOfResponsesOnOneLinkIsFlagged() {
        String link = linkAsTheBoardSeesIt();
        long row = ((Number) QuarkusTransaction.requiringNew()
                        .call(() -> entityManager
                                .createNativeQuery(
                                        "select id from wave_institution where wave_id = :w and institution_id = :i")
                                .setParameter("w", wave)
                                .setParameter("i", small.id)
                                .getSingleResult()))
                .longValue();
        // nine sent just now (this window and the next, should the clock turn over meanwhile); the tenth is a burst
        long window = 600;
        long now = Instant.now().getEpochSecond() / window * window;
        QuarkusTransaction.requiringNew().run(() -> {
            for (long start : List.of(now, now + window)) {
                entityManager
                        .createNativeQuery("insert into link_activity (wave_institution_id, bucket, submitted)"
                                + " values (:id, :bucket, 9)")
                        .setParameter("id", row)
                        .setParameter("bucket", Instant.ofEpochSecond(start).atOffset(ZoneOffset.UTC))
                        .executeUpdate();
            }
        });
        Accounts.as(analyst)
                .get("/api/waves/" + wave)
                .then()
                .body("institutions.find { it.institutionId == " + small.id + " }.warnings", Matchers.nullValue());
        Parents.answer(link, "primary", "agree");
        Accounts.as(analyst)
                .get("/api/waves/" + wave)
                .then()
                .body("institutions.find { it.institutionId == " + small.id + " }.warnings", hasItem("burst"));
        Accounts.as(analyst).get("/app/waves/" + wave).then().body(containsString("veel reacties in enkele minuten"));
    }

    @Test
    void codesAreCappedAtThePopulationPlusAMarginUntilTheMunicipalityRaisesIt() {
        long codesWave =
                Waves.openNow(analyst, "parent-baseline", "codes", small.id).getLong("id");
        String lead = accounts.session(Role.INSTITUTION_LEAD, small.id);
        String path = "/api/waves/" + codesWave + "/institutions/" + small.id;
        // 4 parents plus a margin of at least 5
        Accounts.as(lead).get("/api/waves/" + codesWave).then().body("institutions[0].codeLimit", equalTo(9));
        Accounts.as(lead)
                .contentType(ContentType.JSON)
                .body(Map.of("count", 6))
                .post(path + "/codes")
                .then()
                .statusCode(201);
        Accounts.as(lead)
                .contentType(ContentType.JSON)
                .body(Map.of("count", 4))
                .post(path + "/codes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("count"))
                .body("detail", containsString("at most 3 more codes"));
        Accounts.as(lead)
                .contentType(ContentType.JSON)
                .body(Map.of("limit", 100))
                .put(path + "/code-limit")
                .then()
                .statusCode(403);
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of("limit", 20))
                .put(path + "/code-limit")
                .then()
                .statusCode(200)
                .body("institutions[0].codeLimit", equalTo(20))
                .body("institutions[0].codes", equalTo(6));
        Accounts.as(lead)
                .contentType(ContentType.JSON)
                .body(Map.of("count", 4))
                .post(path + "/codes")
                .then()
                .statusCode(201);
        Accounts.as(analyst)
                .get("/api/audit")
                .then()
                .body("findAll { it.action == 'code-limit-set' }.detail", hasItem("Kleine School: at most 20 codes"));
    }
}
