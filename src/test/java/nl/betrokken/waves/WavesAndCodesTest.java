package nl.betrokken.waves;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening waves within one's scope, single-use codes, and live response rates. */
@QuarkusTest
class WavesAndCodesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    @Inject
    QuestionnaireCatalog catalog;

    private Fixtures.World world;
    private String analyst;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
    }

    @AfterEach
    void forgetFailures() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("delete from login_throttle");
        }
    }

    private Map<String, Object> wave(String access, long... institutions) {
        return Map.of(
                "name",
                "Ouderpeiling",
                "questionnaireId",
                "parent-baseline",
                "opensOn",
                TODAY.toString(),
                "closesOn",
                TODAY.plusDays(14).toString(),
                "access",
                access,
                "institutionIds",
                Arrays.stream(institutions).boxed().toList());
    }

    @Test
    void anAnalystOpensAWaveForTheirInstitutionsWithAnUnguessableLinkEach() {
        var wave = Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(wave("link", world.institutionA(), world.institutionA2()))
                .post("/api/waves")
                .then()
                .statusCode(201)
                .body("questionnaireId", equalTo("parent-baseline"))
                .body("version", equalTo(2))
                .body("audience", equalTo("parent"))
                .body("status", equalTo("open"))
                .body("institutions", hasSize(2))
                .body("institutions[0].population", equalTo(100))
                .body("institutions[0].submitted", equalTo(0))
                .extract()
                .jsonPath();
        List<String> links = wave.getList("institutions.link");
        assertTrue(links.stream().allMatch(l -> l.matches("/s/[A-Za-z0-9_-]{22}")), links.toString());
        assertEquals(2, new HashSet<>(links).size());
    }

    @Test
    void aWaveCanOnlyIncludeInstitutionsInScopeAndInTheFuture() {
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(wave("link", world.institutionA(), world.institutionB()))
                .post("/api/waves")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("institutionIds"))
                .body("errors[0].message", equalTo("there is no institution with id " + world.institutionB()));
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Oud",
                        "questionnaireId",
                        "parent-baseline",
                        "opensOn",
                        "2020-01-01",
                        "closesOn",
                        "2020-02-01",
                        "access",
                        "link",
                        "institutionIds",
                        List.of(world.institutionA())))
                .post("/api/waves")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("closesOn"));
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Raar",
                        "questionnaireId",
                        "no-such-list",
                        "opensOn",
                        TODAY.toString(),
                        "closesOn",
                        TODAY.toString(),
                        "access",
                        "link",
                        "institutionIds",
                        List.of(world.institutionA())))
                .post("/api/waves")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("questionnaireId"));
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Raar",
                        "questionnaireId",
                        "parent-baseline",
                        "opensOn",
                        TODAY.toString(),
                        "closesOn",
                        TODAY.toString(),
                        "access",
                        "qr",
                        "institutionIds",
                        List.of(world.institutionA())))
                .post("/api/waves")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("access"));
    }

    @Test
    void aLeadSeesOnlyTheirOwnRowOfAMunicipalWave() {
        long id = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA(), world.institutionA2())
                .getLong("id");
        String lead = accounts.session(Role.INSTITUTION_LEAD, world.institutionA2());
        Accounts.as(lead)
                .get("/api/waves/" + id)
                .then()
                .statusCode(200)
                .body("institutions", hasSize(1))
                .body("institutions[0].institutionId", equalTo((int) world.institutionA2()));
        Accounts.as(lead)
                .contentType(ContentType.JSON)
                .post("/api/waves/" + id + "/close")
                .then()
                .statusCode(404)
                .body("detail", Matchers.not(Matchers.containsString("outside")));
        String otherLead = accounts.session(Role.INSTITUTION_LEAD, world.institutionB());
        Accounts.as(otherLead).get("/api/waves/" + id).then().statusCode(404);
        Accounts.as(otherLead)
                .get("/api/waves")
                .then()
                .statusCode(200)
                .body("findAll { it.id == " + id + " }", hasSize(0));
    }

    @Test
    void codesAreRandomGroupedAndStoredOnlyAsHashes() throws Exception {
        long id = Waves.openNow(analyst, "parent-baseline", "codes", world.institutionA())
                .getLong("id");
        List<String> codes = Waves.codes(analyst, id, world.institutionA(), 40);
        assertEquals(40, codes.size());
        assertEquals(40, new HashSet<>(codes).size());
        assertTrue(
                codes.stream().allMatch(c -> c.matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}")),
                codes.get(0));
        assertTrue(AccessCodes.bits() >= 64, "at least 64 bits of randomness, not " + AccessCodes.bits());
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select code_hash from access_code")) {
            List<String> stored = new ArrayList<>();
            while (r.next()) {
                stored.add(r.getString(1));
            }
            assertTrue(stored.size() >= 40);
            for (String code : codes) {
                assertFalse(
                        stored.contains(code) || stored.contains(code.replace("-", "")), "no code is stored in clear");
            }
        }
    }

    @Test
    void aPrintedCodeStartsOneResponseOnlyAndTheParentsOwnCodeContinuesIt() throws Exception {
        var wave = Waves.openNow(analyst, "parent-baseline", "codes", world.institutionA());
        String link = wave.getString("institutions[0].link");
        String code = Waves.codes(analyst, wave.getLong("id"), world.institutionA(), 1)
                .get(0);

        FormClient parent = new FormClient();
        Response landing = parent.get(link);
        assertTrue(
                landing.asString().contains("name=\"code\""),
                "a code link asks for the code, it does not start on its own");
        assertFalse(landing.asString().contains("/start"));

        Response accepted = parent.post("/c", "code", "  " + code.toLowerCase().replace("-", " ") + " ", "lang", "nl");
        assertEquals(303, accepted.statusCode(), accepted.asString());
        String page = accepted.header("Location").replaceFirst("^https?://[^/]+", "");
        String first = parent.get(page).asString();
        String resumeCode = first.replaceAll("(?s).*id=\"resume-code\">([A-Z0-9-]+)<.*", "$1");
        assertTrue(AccessCodes.normalise(resumeCode).isPresent(), "the first page shows the parent's own code");
        assertFalse(resumeCode.equals(code));
        String next = parent.post(page, "sector", "primary", "action", "next")
                .header("Location")
                .replaceFirst("^https?://[^/]+", "");
        assertFalse(parent.get(next).asString().contains("id=\"resume-code\""), "only the first page shows it");

        FormClient school = new FormClient();
        school.get("/c");
        Response reused = school.post("/c", "code", code, "lang", "nl");
        assertEquals(400, reused.statusCode(), "the school's copy of the code no longer opens the answers");
        assertTrue(reused.asString().contains("Deze code is al gebruikt"));
        assertEquals(null, school.cookie("betrokken_response"));

        FormClient otherDevice = new FormClient();
        otherDevice.get("/c");
        Response resumed = otherDevice.post("/c", "code", resumeCode, "lang", "nl");
        assertEquals(
                next,
                resumed.header("Location").replaceFirst("^https?://[^/]+", ""),
                "the parent's own code continues the same response on another device");
        String closing = link + "/p/closing";
        otherDevice.get(closing);
        otherDevice.post(closing, "action", "submit");

        FormClient third = new FormClient();
        third.get("/c");
        assertEquals(
                400,
                third.post("/c", "code", resumeCode, "lang", "nl").statusCode(),
                "a sent response opens for nobody");
        Response used = third.post("/c", "code", code, "lang", "en");
        assertEquals(400, used.statusCode());
        assertTrue(used.asString().contains("This code has already been used"));

        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                ResultSet r =
                        s.executeQuery("select count(*) filter (where used_at is not null), count(*) from access_code a"
                                + " join wave_institution wi on wi.id = a.wave_institution_id where wi.wave_id = "
                                + wave.getLong("id"))) {
            r.next();
            assertEquals(1, r.getInt(1), "the code is marked used");
            assertEquals(1, r.getInt(2));
        }
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select count(*) from information_schema.columns where table_name = 'access_code'"
                                + " and column_name like '%response%'")) {
            r.next();
            assertEquals(0, r.getInt(1), "nothing links a code to a response");
        }
        Accounts.as(analyst)
                .get("/api/waves/" + wave.getLong("id"))
                .then()
                .body("institutions[0].submitted", equalTo(1))
                .body("institutions[0].inProgress", equalTo(0))
                .body("institutions[0].responseRate", equalTo(0.01));
    }

    @Test
    void guessingCodesIsStoppedAfterTenWrongOnes() {
        var wave = Waves.openNow(analyst, "parent-baseline", "codes", world.institutionA());
        String code = Waves.codes(analyst, wave.getLong("id"), world.institutionA(), 1)
                .get(0);
        FormClient guesser = new FormClient();
        guesser.get("/c");
        for (int i = 0; i < 10; i++) {
            Response wrong = guesser.post("/c", "code", AccessCodes.generate(), "lang", "nl");
            assertEquals(400, wrong.statusCode());
            assertTrue(wrong.asString().contains("Deze code kennen we niet"));
        }
        Response blocked = guesser.post("/c", "code", code, "lang", "nl");
        assertEquals(429, blocked.statusCode(), "even a right code waits once this client guessed too often");
        assertTrue(blocked.asString().contains("Probeer het over een kwartier opnieuw"));
    }

    @Test
    void theResponseRateCountsOnlySentResponses() {
        var wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        String link = wave.getString("institutions[0].link");
        for (int i = 0; i < 3; i++) {
            FormClient parent = new FormClient();
            parent.get(link);
            String page = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "nl")
                    .header("Location")
                    .replaceFirst("^https?://[^/]+", "");
            parent.get(page);
            parent.post(page, "sector", "primary", "action", i < 2 ? "submit" : "next");
        }
        String lead = accounts.session(Role.INSTITUTION_LEAD, world.institutionA());
        Accounts.as(lead)
                .get("/api/waves/" + wave.getLong("id"))
                .then()
                .statusCode(200)
                .body("institutions[0].submitted", equalTo(2))
                .body("institutions[0].inProgress", equalTo(1))
                .body("institutions[0].responseRate", equalTo(0.02));
    }

    @Test
    void aRefusedNumberOfCodesIsExplainedByItsFieldInDutchAndKeepsWhatWasTyped() {
        long id = Waves.openNow(analyst, "parent-baseline", "codes", world.institutionA())
                .getLong("id");
        long school = world.institutionA();
        FormClient browser = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        browser.get("/app/waves/" + id).then().statusCode(200).body(containsString("value=\"30\""));
        String codes = "/app/waves/" + id + "/institutions/" + school + "/codes";
        for (String typed : List.of("veel", "9999", "0")) {
            Response refused = browser.post(codes, "count", typed);
            assertEquals(400, refused.statusCode(), typed);
            String page = refused.asString();
            assertTrue(
                    page.contains("<p class=\"field-error\" role=\"alert\" id=\"count-error-" + school
                            + "\">Vul een aantal codes van 1 tot en met 500 in.</p>"),
                    page);
            assertTrue(
                    page.contains("value=\"" + typed + "\" class=\"short\" aria-describedby=\"made-" + school
                            + " count-error-" + school + "\" aria-invalid=\"true\""),
                    "the typed value stays, marked invalid: " + typed);
            assertTrue(page.contains("<title>Fout: "), "the title says something went wrong");
        }
        Response overLimit = browser.post(codes, "count", "500");
        assertEquals(400, overLimit.statusCode());
        assertTrue(
                overLimit.asString().contains("kunnen nog 110 codes gemaakt worden: er mogen er 110 zijn"),
                overLimit.asString());
        assertTrue(overLimit.asString().contains("value=\"500\""));

        Response badLimit = browser.post("/app/waves/" + id + "/institutions/" + school + "/code-limit", "limit", "-3");
        assertEquals(400, badLimit.statusCode());
        assertTrue(
                badLimit.asString()
                        .contains("id=\"limit-error-" + school + "\">Vul als hoogste aantal codes een heel getal van 0"
                                + " tot en met 100.000 in.</p>"),
                badLimit.asString());
        assertTrue(badLimit.asString().contains("value=\"-3\" class=\"short\" aria-invalid=\"true\""));
        assertEquals(
                0,
                Accounts.as(analyst)
                        .get("/api/waves/" + id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("institutions[0].codes"),
                "nothing was made in the meantime");
    }

    @Test
    void theNewWaveFormExplainsTheServicesRefusalsInDutch() {
        FormClient browser = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        browser.get("/app/waves/new").then().statusCode(200);
        String school = String.valueOf(world.institutionA());
        Response backwards = newWave(
                browser,
                "Peiling",
                TODAY.plusDays(10).toString(),
                TODAY.plusDays(5).toString(),
                school);
        assertEquals(400, backwards.statusCode());
        assertTrue(
                backwards.asString().contains("De einddatum moet op of na de begindatum liggen."),
                backwards.asString());
        Response past = newWave(
                browser,
                "Peiling",
                TODAY.minusDays(10).toString(),
                TODAY.minusDays(5).toString(),
                school);
        assertTrue(past.asString().contains("De einddatum ligt in het verleden"), past.asString());
        Response nameless =
                newWave(browser, " ", TODAY.toString(), TODAY.plusDays(5).toString(), school);
        assertTrue(nameless.asString().contains("Geef de peiling een naam."), nameless.asString());
        Response elsewhere = newWave(
                browser,
                "Peiling",
                TODAY.toString(),
                TODAY.plusDays(5).toString(),
                String.valueOf(world.institutionB()));
        assertTrue(
                elsewhere.asString().contains("Kies alleen scholen en instellingen waarvoor u werkt."),
                elsewhere.asString());
    }

    @Test
    void theLetterAddressesTheQuestionnairesAudienceInItsLanguagesWithAnHonestDuration() {
        long staffWave = Waves.openNow(analyst, "school-typology-staff", "link", world.institutionA())
                .getLong("id");
        String staff = letter(staffWave);
        assertTrue(staff.contains("<p>Beste collega,</p>") && !staff.contains("ouder of verzorger"), staff);
        assertTrue(staff.contains("ongeveer " + minutes("school-typology-staff") + " minuten"), staff);
        assertTrue(staff.contains("in een andere taal invullen: <span lang=\"en\" dir=\"ltr\">English</span>."), staff);
        assertFalse(
                staff.contains("Polski") || staff.contains("Arabisch") || staff.contains("Pools"),
                "the staff list is in nl and en only");

        long parentWave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getLong("id");
        String parents = letter(parentWave);
        assertTrue(parents.contains("<p>Beste ouder of verzorger,</p>"), parents);
        assertTrue(parents.contains("ongeveer " + minutes("parent-baseline") + " minuten"), parents);
        assertTrue(
                parents.contains(
                        "<span lang=\"ar\" dir=\"rtl\">العربية</span>, <span lang=\"tr\" dir=\"ltr\">Türkçe</span>"),
                parents);
        assertTrue(parents.contains("<span lang=\"pl\" dir=\"ltr\">Polski</span>."), parents);
    }

    private String letter(long waveId) {
        return Accounts.as(analyst)
                .get("/app/waves/" + waveId + "/institutions/" + world.institutionA() + "/letter")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** A quarter of a minute per answer given, rounded up, and never less than two minutes. */
    private int minutes(String questionnaireId) {
        int answers = catalog.latest(questionnaireId)
                .orElseThrow()
                .questionnaire()
                .items()
                .mapToInt(i -> AnswerKey.of(i).size())
                .sum();
        return Math.max(2, (answers + 3) / 4);
    }

    /** Sends the new-wave form for a parent survey by link, as the page would. */
    private static Response newWave(
            FormClient browser, String name, String opensOn, String closesOn, String institution) {
        return browser.post(
                "/app/waves/new",
                "name",
                name,
                "questionnaireId",
                "parent-baseline",
                "opensOn",
                opensOn,
                "closesOn",
                closesOn,
                "access",
                "link",
                "institutionIds",
                institution);
    }
}
