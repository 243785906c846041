package nl.betrokken.waves;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.security.SessionCookie;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Managing a wave on screen and through the API: closing it now, moving its closing date, adding and
 * removing schools, who may, the progress chart, and the letter and slips in two languages.
 */
@QuarkusTest
class WaveManagementTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses sent;

    @Inject
    DataSource dataSource;

    @Inject
    QuestionnaireCatalog catalog;

    private Fixtures.World world;
    private String analystName;
    private String analyst;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        analystName = accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        analyst = Accounts.login(analystName);
    }

    // --- closing now

    @Test
    void closingNowOnThePageNeedsAConfirmationAndThenTheLinkTakesNoAnswers() throws Exception {
        JsonPath wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        long id = wave.getLong("id");
        String link = wave.getString("institutions[0].link");
        FormClient browser = FormClient.loggedIn(analystName);
        String page = browser.get("/app/waves/" + id).asString();
        assertTrue(page.contains(">Peiling nu sluiten</button>"), page);

        Response unconfirmed = browser.post("/app/waves/" + id + "/close");
        assertEquals(400, unconfirmed.statusCode());
        Document refused = Jsoup.parse(unconfirmed.asString());
        assertEquals(
                "Vink aan dat u de peiling nu wilt sluiten. Daarna kan niemand meer antwoorden, en de peiling gaat niet"
                        + " meer open.",
                refused.getElementById("confirm-error").text());
        assertEquals("true", refused.getElementById("confirm").attr("aria-invalid"));
        assertEquals("#confirm", refused.selectFirst("#error-summary a").attr("href"));
        assertTrue(refused.title().startsWith("Fout: "));
        status(id, "open");

        Response closed = browser.post("/app/waves/" + id + "/close", "confirm", "yes");
        assertEquals(303, closed.statusCode(), closed.asString());
        String after = browser.follow(closed).asString();
        assertTrue(after.contains("De peiling is gesloten. Niemand kan nog antwoorden"), after);
        assertFalse(after.contains(">Peiling nu sluiten</button>"), "a closed wave has nothing left to close");
        status(id, "closed");

        FormClient parent = new FormClient();
        String landing = parent.get(link).asString();
        assertTrue(landing.contains("Deze vragenlijst is gesloten"), landing);
        assertFalse(landing.contains("/start\""), "no way to start");
        Response start = parent.post(link + "/start", "r", "x".repeat(43), "lang", "nl");
        assertFalse(start.statusCode() == 303 && start.header("Location").contains("/p/"), "starting is refused");
        assertEquals(1, audits(id, "closed"));
    }

    @Test
    void theApiClosesAWaveWithAPatchAndRefusesToOpenItAgain() {
        JsonPath wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        long id = wave.getLong("id");
        Accounts.as(analyst)
                .body(Map.of("status", "open"))
                .patch("/api/waves/" + id)
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("errors[0].field", equalTo("status"));
        Accounts.as(analyst)
                .body(Map.of())
                .patch("/api/waves/" + id)
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("errors[0].field", equalTo("closesOn"));
        Accounts.as(analyst)
                .body(Map.of("status", "closed"))
                .patch("/api/waves/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"));
        String landing =
                new FormClient().get(wave.getString("institutions[0].link")).asString();
        assertTrue(landing.contains("Deze vragenlijst is gesloten"), landing);
        Accounts.as(analyst)
                .body(Map.of("closesOn", TODAY.plusDays(30).toString()))
                .patch("/api/waves/" + id)
                .then()
                .statusCode(409)
                .contentType(ContentType.JSON)
                .body("detail", containsString("closed"));
        Accounts.as(analyst)
                .post("/api/waves/" + id + "/institutions/" + world.institutionA2())
                .then()
                .statusCode(409);
    }

    // --- the closing date

    @Test
    void aRefusedClosingDateIsExplainedByItsFieldInDutchAndKeepsWhatWasTyped() throws Exception {
        long future = Waves.open(
                        analyst, "parent-baseline", "link", TODAY.plusDays(3), TODAY.plusDays(10), world.institutionA())
                .getLong("id");
        FormClient browser = FormClient.loggedIn(analystName);
        browser.get("/app/waves/" + future);
        String beforeOpening = TODAY.plusDays(2).toString();
        Document early = refusedDate(browser, future, beforeOpening, 400);
        assertEquals(
                "De einddatum mag niet voor de begindatum ("
                        + nl.betrokken.common.i18n.StaffLanguage.date(TODAY.plusDays(3)) + ") liggen.",
                early.getElementById("closesOn-error").text());

        long open = Waves.open(
                        analyst, "parent-baseline", "link", TODAY.minusDays(5), TODAY.plusDays(5), world.institutionA())
                .getLong("id");
        browser.get("/app/waves/" + open);
        Document past = refusedDate(browser, open, TODAY.minusDays(1).toString(), 400);
        assertEquals(
                "De einddatum ligt in het verleden; een peiling moet nog minstens één dag open zijn.",
                past.getElementById("closesOn-error").text());
        Document garbage = refusedDate(browser, open, "volgende week", 400);
        assertEquals(
                "Vul een datum in, bijvoorbeeld 31-3-2027.",
                garbage.getElementById("closesOn-error").text());
        Accounts.as(analyst)
                .get("/api/waves/" + open)
                .then()
                .body("closesOn", equalTo(TODAY.plusDays(5).toString()));

        Response moved = browser.post("/app/waves/" + open + "/closing-date", "closesOn", TODAY.toString());
        assertEquals(303, moved.statusCode());
        assertTrue(browser.follow(moved).asString().contains("De einddatum is aangepast."));
        Accounts.as(analyst)
                .get("/api/waves/" + open)
                .then()
                .body("closesOn", equalTo(TODAY.toString()))
                .body("status", equalTo("open"));
        assertEquals(1, audits(open, "closing-date-changed"));
    }

    private static Document refusedDate(FormClient browser, long wave, String typed, int status) {
        Response refused = browser.post("/app/waves/" + wave + "/closing-date", "closesOn", typed);
        assertEquals(status, refused.statusCode(), refused.asString());
        Document page = Jsoup.parse(refused.asString());
        Element input = page.getElementById("closesOn");
        assertEquals(typed, input.attr("value"), "the typed value stays");
        assertEquals("true", input.attr("aria-invalid"));
        assertTrue(input.attr("aria-describedby").contains("closesOn-error"));
        assertEquals("#closesOn", page.selectFirst("#error-summary a").attr("href"));
        return page;
    }

    @Test
    void theApiMovesTheClosingDateOnlyWithinTheRules() {
        long id = Waves.open(
                        analyst, "parent-baseline", "link", TODAY.minusDays(2), TODAY.plusDays(5), world.institutionA())
                .getLong("id");
        Accounts.as(analyst)
                .body(Map.of("closesOn", TODAY.minusDays(3).toString()))
                .patch("/api/waves/" + id)
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("errors[0].field", equalTo("closesOn"))
                .body("errors[0].message", containsString("opening day"));
        Accounts.as(analyst)
                .body(Map.of("closesOn", TODAY.minusDays(1).toString()))
                .patch("/api/waves/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("closesOn"))
                .body("errors[0].message", containsString("past"));
        Accounts.as(analyst)
                .body("{\"closesOn\": \"soon\"}")
                .patch("/api/waves/" + id)
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON);
        Accounts.as(analyst)
                .body(Map.of("closesOn", TODAY.plusDays(40).toString()))
                .patch("/api/waves/" + id)
                .then()
                .statusCode(200)
                .body("closesOn", equalTo(TODAY.plusDays(40).toString()))
                .body("status", equalTo("open"));
    }

    // --- schools

    @Test
    void schoolsOfTheMunicipalityJoinAndThoseWithoutAnswersLeave() throws Exception {
        JsonPath wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        long id = wave.getLong("id");
        FormClient browser = FormClient.loggedIn(analystName);
        Document page = Jsoup.parse(browser.get("/app/waves/" + id).asString());
        List<String> choices = page.select("#institutionId option").eachAttr("value");
        assertEquals(List.of(String.valueOf(world.institutionA2())), choices, "only the own municipality's others");

        Response added =
                browser.post("/app/waves/" + id + "/institutions", "institutionId", "" + world.institutionA2());
        assertEquals(303, added.statusCode(), added.asString());
        assertTrue(browser.follow(added).asString().contains("doet nu mee, met een eigen link."));
        JsonPath now =
                Accounts.as(analyst).get("/api/waves/" + id).then().extract().jsonPath();
        assertEquals(2, now.getList("institutions").size());
        String newLink = now.getString("institutions.find { it.institutionId == " + world.institutionA2() + " }.link");
        assertTrue(newLink.matches("/s/[A-Za-z0-9_-]{22}"), newLink);
        assertEquals(200, new FormClient().get(newLink).statusCode(), "the new school's link works");
        assertEquals(1, audits(id, "institution-added"));

        Response again =
                browser.post("/app/waves/" + id + "/institutions", "institutionId", "" + world.institutionA2());
        assertEquals(400, again.statusCode());
        assertEquals(
                "Deze school doet al mee aan de peiling.",
                Jsoup.parse(again.asString())
                        .getElementById("institutionId-error")
                        .text());
        Accounts.as(analyst)
                .post("/api/waves/" + id + "/institutions/" + world.institutionB())
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("errors[0].field", equalTo("institutionId"));

        sent.add(wave.getString("institutions[0].link"), Map.of("sector", "primary"));
        Response refused = browser.post("/app/waves/" + id + "/institutions/" + world.institutionA() + "/remove");
        assertEquals(409, refused.statusCode());
        Document refusal = Jsoup.parse(refused.asString());
        assertTrue(
                refusal.selectFirst("#error-summary")
                        .text()
                        .contains(
                                "kan niet uit de peiling: er is al 1 vragenlijst"
                                        + " ingevuld of begonnen. Die antwoorden horen bij deze peiling en blijven dus bewaard."),
                refusal.selectFirst("#error-summary").text());
        Accounts.as(analyst)
                .delete("/api/waves/" + id + "/institutions/" + world.institutionA())
                .then()
                .statusCode(409)
                .contentType(ContentType.JSON)
                .body("detail", containsString("responses"));

        Response removed = browser.post("/app/waves/" + id + "/institutions/" + world.institutionA2() + "/remove");
        assertEquals(303, removed.statusCode(), removed.asString());
        assertTrue(browser.follow(removed).asString().contains("doet niet meer mee; de link werkt niet meer."));
        assertEquals(404, new FormClient().get(newLink).statusCode(), "the removed school's link is gone");
        Accounts.as(analyst).get("/api/waves/" + id).then().body("institutions", hasSize(1));
        assertEquals(1, audits(id, "institution-removed"));
    }

    @Test
    void theLastSchoolStaysAndACodesWaveGivesANewSchoolCodesToo() {
        long id = Waves.openNow(analyst, "parent-baseline", "codes", world.institutionA())
                .getLong("id");
        Accounts.as(analyst)
                .delete("/api/waves/" + id + "/institutions/" + world.institutionA())
                .then()
                .statusCode(409)
                .body("detail", containsString("at least one institution"));
        Accounts.as(analyst)
                .post("/api/waves/" + id + "/institutions/" + world.institutionA2())
                .then()
                .statusCode(200)
                .body("institutions.access", equalTo(List.of("codes", "codes")));
        Waves.codes(analyst, id, world.institutionA2(), 3);
        Accounts.as(analyst)
                .delete("/api/waves/" + id + "/institutions/" + world.institutionA2())
                .then()
                .statusCode(200)
                .body("institutions", hasSize(1));
    }

    // --- who may

    @Test
    void onlyWhoeverSeesTheWholeWaveChangesIt() {
        Municipality municipality = new Municipality();
        municipality.id = world.municipalityA();
        Board otherBoard = fixtures.board(municipality, "Ander bestuur " + System.nanoTime());
        long otherSchool = fixtures.institution(otherBoard, "Andere school " + System.nanoTime(), Sector.PRIMARY).id;
        long otherBoardWave =
                Waves.openNow(analyst, "parent-baseline", "link", otherSchool).getLong("id");
        long ownBoardWave = Waves.openNow(
                        analyst, "parent-baseline", "link", world.institutionA(), world.institutionA2())
                .getLong("id");
        String otherAnalyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityB());
        String boardName = accounts.create(Role.BOARD_MEMBER, world.boardA());
        String board = Accounts.login(boardName);
        String lead = accounts.session(Role.INSTITUTION_LEAD, world.institutionA());

        for (String outsider : List.of(otherAnalyst, board)) {
            Accounts.as(outsider)
                    .body(Map.of("status", "closed"))
                    .patch("/api/waves/" + otherBoardWave)
                    .then()
                    .statusCode(404);
            Accounts.as(outsider)
                    .post("/api/waves/" + otherBoardWave + "/institutions/" + world.institutionA2())
                    .then()
                    .statusCode(404);
            Accounts.as(outsider)
                    .delete("/api/waves/" + otherBoardWave + "/institutions/" + otherSchool)
                    .then()
                    .statusCode(404);
        }
        FormClient boardBrowser = FormClient.loggedIn(boardName);
        boardBrowser.get("/app/waves/" + ownBoardWave);
        assertEquals(
                404,
                boardBrowser
                        .post("/app/waves/" + otherBoardWave + "/close", "confirm", "yes")
                        .statusCode());
        assertEquals(
                404,
                boardBrowser
                        .post("/app/waves/" + otherBoardWave + "/closing-date", "closesOn", TODAY.toString())
                        .statusCode());
        status(otherBoardWave, "open");
        // a lead sees one school of a two-school wave: they may not change the wave for the other
        Accounts.as(lead)
                .body(Map.of("closesOn", TODAY.plusDays(3).toString()))
                .patch("/api/waves/" + ownBoardWave)
                .then()
                .statusCode(404);
        String leadsPage = Accounts.as(lead).get("/app/waves/" + ownBoardWave).asString();
        assertFalse(leadsPage.contains("Peiling aanpassen"), "a lead of one of its schools gets no controls");
        assertEquals(
                List.of("progress-" + world.institutionA()),
                Jsoup.parse(leadsPage).select("section.progress").eachAttr("aria-labelledby"),
                "and the progress of their own school only");
        // the board member sees both schools of their own board's wave, so they may
        Accounts.as(board)
                .body(Map.of("closesOn", TODAY.plusDays(3).toString()))
                .patch("/api/waves/" + ownBoardWave)
                .then()
                .statusCode(200);
        Accounts.as(board)
                .post("/api/waves/" + ownBoardWave + "/institutions/" + otherSchool)
                .then()
                .statusCode(400);
    }

    @Test
    void aManagementFormWithoutItsCsrfTokenIsRefused() {
        long id = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA(), world.institutionA2())
                .getLong("id");
        for (String[] form : List.of(
                new String[] {"/close", "confirm", "yes"},
                new String[] {"/closing-date", "closesOn", TODAY.plusDays(2).toString()},
                new String[] {"/institutions/" + world.institutionA2() + "/remove", "unused", "x"})) {
            int code = given().redirects()
                    .follow(false)
                    .cookie(SessionCookie.NAME, analyst)
                    .contentType(ContentType.URLENC)
                    .formParam(form[1], form[2])
                    .post("/app/waves/" + id + form[0])
                    .statusCode();
            assertEquals(400, code, form[0]);
        }
        Accounts.as(analyst)
                .get("/api/waves/" + id)
                .then()
                .body("status", equalTo("open"))
                .body("closesOn", equalTo(TODAY.plusDays(30).toString()))
                .body("institutions", hasSize(2));
    }

    // --- progress

    @Test
    void theProgressChartAddsUpTheResponsesPerDayToTheCountThePageShows() throws Exception {
        JsonPath wave = Waves.open(
                analyst, "parent-baseline", "link", TODAY.minusDays(2), TODAY.plusDays(5), world.institutionA());
        long id = wave.getLong("id");
        String link = wave.getString("institutions[0].link");
        sent.add(link, Map.of("sector", "primary"), 3);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update response set submitted_at = submitted_at - interval '1 day' where id = (select min(r.id)"
                                + " from response r join wave_institution wi on wi.id = r.wave_institution_id where wi.slug = ?)")) {
            s.setString(1, link.substring(3));
            assertEquals(1, s.executeUpdate());
        }
        Document page = Jsoup.parse(Accounts.as(analyst).get("/app/waves/" + id).asString());
        Element chart = page.selectFirst("section.progress svg");
        assertEquals("img", chart.attr("role"));
        String[] labels = chart.attr("aria-labelledby").split(" ");
        assertTrue(chart.getElementById(labels[0]).text().startsWith("Ingevulde vragenlijsten van School A1"));
        assertTrue(chart.getElementById(labels[1]).text().endsWith("gegroeid van 0 naar 3 ingevulde vragenlijsten."));
        List<String> perDay = page.select("section.progress details tbody td").eachText();
        assertEquals(List.of("0", "1", "3"), perDay, "the opening day, yesterday and today, added up");
        String shown = page.selectFirst("table.data tbody tr td").text();
        assertEquals("3 van 100", shown, "the last day is the count the table shows");
        Accounts.as(analyst).get("/api/waves/" + id).then().body("institutions[0].submitted", equalTo(3));
    }

    // --- letters and slips

    @Test
    void theArabicLetterIsRightToLeftNamesTheAudienceAndTheMinutesAndItsQrCodeOpensTheLink() throws Exception {
        JsonPath wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        long id = wave.getLong("id");
        String html = Accounts.as(analyst)
                .get("/app/waves/" + id + "/institutions/" + world.institutionA() + "/letter?lang=ar")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Document letter = Jsoup.parse(html);
        Element arabic = letter.selectFirst("section.half[lang=ar]");
        assertEquals("rtl", arabic.attr("dir"));
        assertTrue(arabic.text().contains("عزيزي ولي الأمر،"), arabic.text());
        assertTrue(arabic.text().contains("هذا الاستبيان لأولياء أمور الأطفال في School A1"), arabic.text());
        int minutes = minutes("parent-baseline");
        assertTrue(arabic.text().contains("حوالي " + minutes + (minutes <= 10 ? " دقائق" : " دقيقة")), arabic.text());
        assertTrue(arabic.text().contains("أولياء الأمور والمدرسة"), "the questionnaire's own Arabic title");
        Element dutch = letter.selectFirst("section.half[lang=nl]");
        assertEquals("ltr", dutch.attr("dir"));
        assertTrue(dutch.text().contains("Deze vragenlijst is voor ouders en verzorgers van kinderen op School A1"));
        assertTrue(dutch.text().contains("Het kost ongeveer " + minutes + " minuten."));
        assertTrue(dutch.text().contains(nl.betrokken.common.i18n.StaffLanguage.date(TODAY.plusDays(30))));
        assertEquals(1, letter.select("svg[role=img]").size(), "one QR code for both halves");

        String decoded = decode(letter.selectFirst(".qr svg").outerHtml());
        assertTrue(decoded.endsWith(wave.getString("institutions[0].link")), decoded);
        assertTrue(decoded.startsWith("http"), decoded);
        assertEquals(decoded, letter.selectFirst(".url").text(), "the printed address is the one in the QR code");
    }

    @Test
    void aStaffLetterSpeaksToStaffAndOffersOnlyItsOwnLanguages() {
        long id = Waves.openNow(analyst, "school-typology-staff", "link", world.institutionA())
                .getLong("id");
        String page = Accounts.as(analyst).get("/app/waves/" + id).asString();
        List<String> offered = Jsoup.parse(page)
                .select("#letter-" + world.institutionA() + " option")
                .eachAttr("value");
        assertEquals(List.of("en"), offered, "the definition lists nl and en only");
        Document english = Jsoup.parse(Accounts.as(analyst)
                .get("/app/waves/" + id + "/institutions/" + world.institutionA() + "/letter?lang=en")
                .asString());
        assertTrue(english.selectFirst("section.half[lang=en]").text().contains("Dear colleague,"));
        assertTrue(english.selectFirst("section.half[lang=en]")
                .text()
                .contains("This questionnaire is for the staff of School A1"));
        assertTrue(english.selectFirst("section.half[lang=nl]").text().contains("voor de medewerkers van School A1"));
        Document notOffered = Jsoup.parse(Accounts.as(analyst)
                .get("/app/waves/" + id + "/institutions/" + world.institutionA() + "/letter?lang=ar")
                .asString());
        assertEquals(1, notOffered.select("section.half").size(), "a language the questionnaire lacks is left out");
        assertTrue(notOffered.select("[dir=rtl]").isEmpty());
    }

    @Test
    void codeSlipsCarryALineInTheChosenLanguage() {
        long id = Waves.openNow(analyst, "parent-baseline", "codes", world.institutionA())
                .getLong("id");
        FormClient browser = FormClient.loggedIn(analystName);
        browser.get("/app/waves/" + id);
        Response slips = browser.post(
                "/app/waves/" + id + "/institutions/" + world.institutionA() + "/codes", "count", "2", "lang", "tr");
        assertEquals(200, slips.statusCode());
        Document page = Jsoup.parse(slips.asString());
        assertEquals(2, page.select("section.slip").size());
        Element slip = page.selectFirst("section.slip");
        assertTrue(slip.text().contains("Scan de QR-code, of ga naar dit adres en typ uw code:"), slip.text());
        assertEquals(
                "QR kodunu okutun veya bu adrese gidip kodunuzu yazın:",
                slip.selectFirst("p[lang=tr]").text());
    }

    /** Reads the QR code the way a phone camera would: the SVG drawn as pixels, then decoded by zxing. */
    static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), svg);
        int modules = Integer.parseInt(box.group(1));
        int scale = 4;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        int dark = 0;
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size + x * scale + dx] = 0xFF000000;
                }
            }
            dark++;
        }
        assertTrue(dark > 100, "the code has modules");
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))))
                .getText();
    }

    private int minutes(String questionnaireId) {
        int answers = catalog.latest(questionnaireId)
                .orElseThrow()
                .questionnaire()
                .items()
                .mapToInt(i -> AnswerKey.of(i).size())
                .sum();
        return Math.max(2, (answers + 3) / 4);
    }

    private void status(long wave, String expected) {
        Accounts.as(analyst).get("/api/waves/" + wave).then().body("status", equalTo(expected));
    }

    private int audits(long wave, String action) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from audit_event where object_type = 'wave' and object_id = ? and action = ?")) {
            s.setString(1, String.valueOf(wave));
            s.setString(2, action);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
