package nl.betrokken.respond.paper;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.betrokken.counting.Aggregator;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import nl.betrokken.waves.paper.PaperCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paper forms through the API and the pages: printing makes one code per form, entering a form stores
 * one sent response marked as paper (checked as a parent's answers are, hidden questions dropped) and
 * is refused the second time with nothing written; the counter counts paper like every other response.
 */
@QuarkusTest
class PaperFormsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    @Inject
    Aggregator aggregator;

    private Fixtures.World world;
    private String analystName;
    private String analyst;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        analystName = accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        analyst = Accounts.login(analystName);
    }

    private List<List<Object>> rows(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.add(r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private long one(String sql, Object... parameters) throws Exception {
        return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
    }

    private long channel(long wave) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("insert into wave_channel (wave_id, name, kind, slug, assisted_slug)"
                                + " values (?, 'Bibliotheek West', 'LIBRARY', ?, ?) returning id")) {
            s.setLong(1, wave);
            s.setString(2, "paper-test-" + System.nanoTime());
            s.setString(3, "paper-help-" + System.nanoTime());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private JsonPath print(long wave, Map<String, Object> body) {
        return Accounts.as(analyst)
                .body(body)
                .post("/api/waves/" + wave + "/paper-forms")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private io.restassured.response.Response enter(long wave, String code, Map<String, Object> answers) {
        return Accounts.as(analyst)
                .body(Map.of("answers", answers))
                .post("/api/waves/" + wave + "/paper-forms/" + code + "/entry");
    }

    @Test
    void twoFormsAreEnteredOnceEachAsPaperAndCounted() throws Exception {
        var opened = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        long wave = opened.getLong("id");
        long row = one(
                "select id from wave_institution where wave_id = ? and institution_id = ?", wave, world.institutionA());
        long channel = channel(wave);

        JsonPath printed = print(
                wave,
                Map.of("institutionId", world.institutionA(), "count", 2, "language", "ar", "channelId", channel));
        List<String> codes = printed.getList("codes");
        assertEquals(2, codes.size());
        assertNotEquals(codes.get(0), codes.get(1));
        codes.forEach(code -> assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code));
        assertEquals("ar", printed.getString("language"));
        assertEquals("Bibliotheek West", printed.getString("channel"));
        assertEquals(
                2, one("select count(*) from paper_form where wave_institution_id = ? and entered_at is null", row));

        // b5 is only for secondary schools: ticked on paper anyway, it is dropped as online
        var first = enter(
                wave,
                codes.get(0),
                Map.of(
                        "sector", "primary",
                        "contact-channels", List.of("app"),
                        "a1", "agree",
                        "b1", "agree-strongly",
                        "c1", "disagree",
                        "b5", "agree",
                        "remarks", "Fijne school"));
        first.then().statusCode(201);
        assertEquals(1, first.jsonPath().getInt("entered"));
        assertEquals(2, first.jsonPath().getInt("printed"));
        assertEquals(1, first.jsonPath().getInt("dropped"));

        // the same form again: refused, nothing written
        enter(wave, codes.get(0), Map.of("a1", "disagree"))
                .then()
                .statusCode(409)
                .body("detail", containsString("entered already"));
        assertEquals(1, one("select count(*) from response where wave_institution_id = ?", row));

        // an option that does not exist: 400 naming the answer, nothing written, the form still open
        enter(wave, codes.get(1), Map.of("a1", "maybe", "sector", "primary"))
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("answers.a1"));
        enter(wave, codes.get(1), Map.of("no-such-question", "yes")).then().statusCode(400);
        assertEquals(1, one("select count(*) from response where wave_institution_id = ?", row));
        assertEquals(
                1, one("select count(*) from paper_form where wave_institution_id = ? and entered_at is null", row));

        // a required question left empty on paper is stored as not answered
        enter(wave, codes.get(1).toLowerCase().replace("-", " "), Map.of("a1", "agree"))
                .then()
                .statusCode(201);

        List<List<Object>> responses = rows(
                "select status, answer_way, channel_id, language, answers::text,"
                        + " extract(minute from submitted_at) + extract(second from submitted_at),"
                        + " extract(minute from created_at) + extract(second from created_at)"
                        + " from response where wave_institution_id = ? order by id",
                row);
        assertEquals(2, responses.size());
        for (List<Object> r : responses) {
            assertEquals("SUBMITTED", r.get(0));
            assertEquals("PAPER", r.get(1));
            assertEquals(channel, ((Number) r.get(2)).longValue());
            assertEquals("ar", r.get(3));
            assertEquals(0, ((Number) r.get(5)).doubleValue(), "submitted to the hour");
            assertEquals(0, ((Number) r.get(6)).doubleValue(), "created to the hour");
        }
        String answers = (String) responses.get(0).get(4);
        assertTrue(
                answers.contains("\"sector\": \"primary\"") && answers.contains("\"contact-channels\": [\"app\"]"),
                answers);
        assertTrue(answers.contains("\"remarks\": \"Fijne school\""), answers);
        assertFalse(answers.contains("b5"), answers);
        assertEquals("{\"a1\": \"agree\"}", responses.get(1).get(4));
        assertEquals(
                0, one("select count(*) from paper_form where wave_institution_id = ? and entered_at is null", row));
        assertEquals(
                0,
                one(
                        "select count(*) from paper_form where wave_institution_id = ?"
                                + " and entered_at <> date_trunc('hour', entered_at)",
                        row));

        aggregator.catchUp();
        List<List<Object>> satisfied = rows(
                "select positive, answered from indicator_count where wave_institution_id = ?"
                        + " and indicator_id = 'satisfied-relationship'",
                row);
        assertEquals(List.of(List.<Object>of(2L, 2L)), satisfied);
        List<List<Object>> parenting = rows(
                "select positive, answered from indicator_count where wave_institution_id = ?"
                        + " and indicator_id = 'parenting-support'",
                row);
        assertEquals(List.of(List.<Object>of(0L, 1L)), parenting);
        assertEquals(
                2,
                one(
                        "select respondents from segment_count where wave_institution_id = ? and segment = 'way:PAPER'"
                                + " and kind = 'respondents'",
                        row));
        assertEquals(
                2,
                one(
                        "select respondents from segment_count where wave_institution_id = ? and segment = ?"
                                + " and kind = 'respondents'",
                        row,
                        "channel:" + channel));
    }

    @Test
    void codesCatchTypingErrorsAndUnknownForms() {
        long wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getLong("id");
        String code = print(wave, Map.of("institutionId", world.institutionA(), "count", 1))
                .getList("codes", String.class)
                .get(0);
        String normal = code.replace("-", "");
        // one character changed: the check character catches it
        char changed = normal.charAt(2) == '2' ? '3' : '2';
        String mistyped = normal.substring(0, 2) + changed + normal.substring(3);
        assertTrue(PaperCodes.normalise(mistyped).isEmpty());
        enter(wave, mistyped, Map.of()).then().statusCode(400).body("detail", containsString("mistyped"));
        enter(wave, "HELLO", Map.of()).then().statusCode(400);
        // a valid code of no form
        String other;
        do {
            other = PaperCodes.generate();
        } while (other.equals(code));
        enter(wave, other, Map.of()).then().statusCode(404);
        // the form of another wave is unknown in this one
        long second = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getLong("id");
        enter(second, code, Map.of()).then().statusCode(404);
        // beyond one's scope the wave does not exist
        String elsewhere = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityB());
        Accounts.as(elsewhere)
                .body(Map.of("answers", Map.of()))
                .post("/api/waves/" + wave + "/paper-forms/" + code + "/entry")
                .then()
                .statusCode(404);
    }

    @Test
    void paperIsForParentAndStaffQuestionnairesAndEndsWithTheFinalFigures() {
        long institutionWave = Waves.openNow(analyst, "institution-baseline", "link", world.institutionA())
                .getLong("id");
        Accounts.as(analyst)
                .body(Map.of("institutionId", world.institutionA(), "count", 1))
                .post("/api/waves/" + institutionWave + "/paper-forms")
                .then()
                .statusCode(400);
        Accounts.as(analyst)
                .body(Map.of("institutionId", world.institutionA(), "count", 201))
                .post("/api/waves/" + institutionWave + "/paper-forms")
                .then()
                .statusCode(400);

        long wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getLong("id");
        Accounts.as(analyst)
                .body(Map.of("institutionId", world.institutionA(), "count", 1, "language", "de"))
                .post("/api/waves/" + wave + "/paper-forms")
                .then()
                .statusCode(400);
        String code = print(wave, Map.of("institutionId", world.institutionA(), "count", 1))
                .getList("codes", String.class)
                .get(0);
        // closing publishes the final figures at once: a late form would change them
        Accounts.as(analyst).post("/api/waves/" + wave + "/close").then().statusCode(200);
        enter(wave, code, Map.of("a1", "agree")).then().statusCode(409).body("detail", containsString("final"));
        Accounts.as(analyst)
                .body(Map.of("institutionId", world.institutionA(), "count", 1))
                .post("/api/waves/" + wave + "/paper-forms")
                .then()
                .statusCode(400);
    }

    @Test
    void thePagesPrintAndEnterAForm() throws Exception {
        long wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getLong("id");
        FormClient browser = FormClient.loggedIn(analystName);
        String wavePage = browser.get("/app/waves/" + wave)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(wavePage.contains("papieren vragenlijsten afdrukken"), "the wave page offers paper");

        String printPage = browser.post(
                        "/app/waves/" + wave + "/paper/print",
                        "institutionId",
                        String.valueOf(world.institutionA()),
                        "count",
                        "2",
                        "lang",
                        "tr")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> codes = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("<strong>([2-9A-Z]{4}-[2-9A-Z]{4})</strong>")
                .matcher(printPage);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        assertEquals(2, codes.size(), printPage);
        assertTrue(printPage.contains("lang=\"tr\""), "Turkish beside Dutch");
        assertTrue(printPage.contains("Kruis aan wat past"), "multiple choice says so");
        assertTrue(printPage.contains("Alleen invullen als het past bij uw antwoord op vraag 1."), "b5 depends on 1");

        browser.get("/app/waves/" + wave + "/paper").then().statusCode(200);
        String entry = browser.post("/app/waves/" + wave + "/paper/open", "code", codes.get(0))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(entry.contains("name=\"a1\" value=\"agree\""), entry);
        var saved =
                browser.post("/app/waves/" + wave + "/paper/entry", "code", codes.get(0), "a1", "agree", "sector", "");
        assertEquals(303, saved.statusCode());
        String notice = browser.follow(saved).then().statusCode(200).extract().asString();
        assertTrue(notice.contains("Formulier " + codes.get(0) + " ingevoerd"), notice);
        assertTrue(notice.contains("(1 van 2)"), notice);

        browser.get("/app/waves/" + wave + "/paper");
        String again = browser.post("/app/waves/" + wave + "/paper/open", "code", codes.get(0))
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertTrue(again.contains("Dit formulier is al ingevoerd"), again);

        browser.get("/app/waves/" + wave + "/paper");
        browser.post("/app/waves/" + wave + "/paper/open", "code", codes.get(1));
        String invalid = browser.post("/app/waves/" + wave + "/paper/entry", "code", codes.get(1), "a1", "maybe")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(invalid.contains("Er is niets opgeslagen"), invalid);
        assertEquals(
                1,
                one(
                        "select count(*) from response r join wave_institution wi on wi.id = r.wave_institution_id"
                                + " where wi.wave_id = ? and r.answer_way = 'PAPER' and r.language = 'tr'",
                        wave));
    }
}
