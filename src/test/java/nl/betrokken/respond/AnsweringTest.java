package nl.betrokken.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A parent's way through the parent baseline over plain HTTP, as a browser without JavaScript takes it. */
@QuarkusTest
class AnsweringTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    private Fixtures.World world;
    private String analyst;
    private String link;

    @BeforeEach
    void openAWave() {
        world = fixtures.world();
        analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        link = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getString("institutions[0].link");
    }

    /** Starts on the link and returns the path of the first page. */
    private static String start(FormClient parent, String link, String lang) {
        Response landing = parent.get(link + (lang == null ? "" : "?lang=" + lang));
        assertEquals(200, landing.statusCode());
        assertEquals(
                "text/html;charset=UTF-8",
                landing.contentType().replace(" ", ""),
                "the charset is said, so no client has to guess it for Arabic, Turkish or Polish");
        Response started = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", lang == null ? "nl" : lang);
        assertEquals(303, started.statusCode(), started.asString());
        return path(started);
    }

    private static String path(Response redirect) {
        return redirect.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private List<JsonNode> responses(String where) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select r.status, r.answers::text, r.language, r.created_at, r.updated_at, r.submitted_at"
                                + " from response r join wave_institution wi on wi.id = r.wave_institution_id where wi.slug = ? "
                                + where)) {
            s.setString(1, link.substring(3));
            try (ResultSet r = s.executeQuery()) {
                ObjectMapper json = new ObjectMapper();
                while (r.next()) {
                    var row = json.createObjectNode();
                    row.put("status", r.getString(1));
                    row.set("answers", json.readTree(r.getString(2)));
                    row.put("language", r.getString(3));
                    row.put("createdAt", r.getObject(4, OffsetDateTime.class).toString());
                    row.put("updatedAt", r.getObject(5, OffsetDateTime.class).toString());
                    row.put("submittedAt", String.valueOf(r.getObject(6, OffsetDateTime.class)));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    @Test
    void aParentAnswersEveryPageAndSendsOnce() throws Exception {
        FormClient parent = new FormClient();
        String page = start(parent, link, "nl");
        assertTrue(page.endsWith("/p/about"), page);

        Response about = parent.get(page);
        assertEquals(200, about.statusCode());
        assertTrue(about.asString().contains("Stap 1 van"), "a progress indicator");
        assertTrue(about.asString().contains("<p class=\"institution\">School A1 "), "the institution's name on top");

        Response next = parent.post(
                page,
                "sector",
                "secondary",
                "child-age",
                "age-12-16",
                "contact-channels",
                "app",
                "contact-channels",
                "email",
                "action",
                "next");
        assertEquals(303, next.statusCode());
        String partnership = path(next);
        assertTrue(partnership.endsWith("/p/partnership"), partnership);

        parent.get(partnership);
        String learning = path(parent.post(partnership, "a1", "agree-strongly", "a2", "agree", "action", "next"));
        Response learningPage = parent.get(learning);
        assertTrue(learningPage.asString().contains("name=\"b5\""), "b5 is shown to parents of secondary pupils");
        String parenting = path(parent.post(learning, "b1", "disagree", "b5", "agree", "action", "next"));
        parent.get(parenting);
        String others = path(parent.post(parenting, "c1", "agree", "action", "next"));
        parent.get(others);
        String closing = path(parent.post(others, "d1", "dont-know", "action", "next"));
        Response last = parent.get(closing);
        assertTrue(last.asString().contains("value=\"submit\""), "the last page sends");

        Response sent = parent.post(closing, "remarks", "Fijne school, <b>dank</b>!", "action", "submit");
        assertEquals(303, sent.statusCode());
        assertTrue(path(sent).endsWith("/thanks"));
        assertTrue(parent.follow(sent).asString().contains("Dank u wel!"));

        List<JsonNode> stored = responses("");
        assertEquals(1, stored.size());
        JsonNode answers = stored.get(0).get("answers");
        assertEquals("SUBMITTED", stored.get(0).get("status").asText());
        assertEquals("secondary", answers.get("sector").asText());
        assertEquals(
                List.of("app", "email"),
                List.of(
                        answers.get("contact-channels").get(0).asText(),
                        answers.get("contact-channels").get(1).asText()));
        assertEquals("agree-strongly", answers.get("a1").asText());
        assertEquals("agree", answers.get("b5").asText());
        assertEquals(
                "Fijne school, <b>dank</b>!", answers.get("remarks").asText(), "stored as typed; escaped when shown");
        assertTrue(stored.get(0).get("createdAt").asText().matches(".*T\\d\\d:00Z"), "times rounded to the hour");
        assertTrue(stored.get(0).get("submittedAt").asText().matches(".*T\\d\\d:00Z"));

        Response again = parent.post(closing, "remarks", "nog een keer", "action", "submit");
        assertEquals(303, again.statusCode(), "sending again is harmless");
        assertTrue(path(again).endsWith("/thanks"));
        assertEquals(1, responses("").size());
        assertEquals(
                "Fijne school, <b>dank</b>!",
                responses("").get(0).get("answers").get("remarks").asText(),
                "a sent response is never changed afterwards");
        assertTrue(parent.get(link).asString().contains("al verstuurd"), "coming back shows it was sent");
    }

    @Test
    void aMissingRequiredAnswerComesBackOnTheSamePageWithTheOtherAnswersKept() {
        FormClient parent = new FormClient();
        String page = start(parent, link, "nl");
        parent.get(page);
        Response invalid = parent.post(page, "child-age", "age-4-7", "contact-channels", "paper", "action", "next");
        assertEquals(400, invalid.statusCode());
        String html = invalid.asString();
        assertTrue(html.contains("Er ontbreekt nog iets."), "the error summary");
        assertTrue(html.contains("Geef hier een antwoord."), "the error next to the question");
        assertTrue(html.contains("value=\"age-4-7\" checked"), "the answer given is kept");
        assertTrue(html.contains("value=\"paper\" checked"));
        assertTrue(html.contains("aria-invalid=\"true\""));
    }

    @Test
    void wrongValuesAndStrangeFieldsAreRefusedAndHiddenAnswersAreNotStored() throws Exception {
        FormClient parent = new FormClient();
        String page = start(parent, link, "en");
        parent.get(page);
        Response invalid = parent.post(page, "sector", "university", "action", "next");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.asString().contains("Please choose one of the answers."), invalid.asString());

        Response strange = parent.post(page, "sector", "primary", "a1", "agree", "evil", "<script>", "action", "next");
        assertEquals(
                400,
                strange.statusCode(),
                "a question of another page, or no question at all: made by hand, refused whole");
        assertEquals("{}", responses("").get(0).get("answers").toString(), "and nothing of it is stored");
        parent.get(page);
        String next = path(parent.post(page, "sector", "primary", "action", "next"));
        parent.get(next);
        parent.post(next, "a1", "agree", "action", "next");
        String learning = "/s/" + link.substring(3) + "/p/learning-at-home";
        Response learningPage = parent.get(learning);
        assertFalse(learningPage.asString().contains("name=\"b5\""), "b5 is hidden for parents of primary pupils");
        parent.post(learning, "b1", "agree", "b5", "agree", "action", "next");

        JsonNode answers = responses("").get(0).get("answers");
        assertEquals("agree", answers.get("a1").asText());
        assertNull(answers.get("evil"), "fields that are no item are never stored");
        assertNull(answers.get("b5"), "an answer to a hidden item is dropped");
        assertEquals("agree", answers.get("b1").asText());
    }

    @Test
    void changingTheSectorLaterDropsAnswersThatNoLongerApply() throws Exception {
        FormClient parent = new FormClient();
        String page = start(parent, link, "nl");
        parent.get(page);
        parent.post(page, "sector", "vocational", "action", "next");
        String learning = "/s/" + link.substring(3) + "/p/learning-at-home";
        parent.get(learning);
        parent.post(learning, "b5", "agree", "action", "next");
        assertEquals("agree", responses("").get(0).get("answers").get("b5").asText());
        parent.get(page);
        parent.post(page, "sector", "primary", "action", "next");
        assertNull(responses("").get(0).get("answers").get("b5"), "b5 no longer applies, so its answer is gone");
    }

    @Test
    void aParentComesBackOnTheSameDeviceAndContinues() {
        FormClient parent = new FormClient();
        String page = start(parent, link, "tr");
        parent.get(page);
        String second = path(parent.post(page, "sector", "primary", "action", "next"));

        Response landing = parent.get(link);
        assertTrue(landing.asString().contains("lang=\"tr\""), "the language chosen earlier is kept");
        Response resumed = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "tr");
        assertEquals(second, path(resumed), "continues on the page where the parent stopped");
        assertTrue(parent.get(second).asString().contains("Adım 2 /"), parent.lastPage());

        FormClient stranger = new FormClient();
        Response fresh = stranger.get(link);
        assertTrue(fresh.asString().contains("value=\"" + stranger.hiddenToken() + "\""));
        assertFalse(
                stranger.hiddenToken().equals(parent.cookie(RespondentCookies.TOKEN)),
                "someone else never gets this parent's answers");
        Response forged = stranger.get(second);
        assertEquals(303, forged.statusCode(), "without the token there is no way into another response");
    }

    @Test
    void anUnknownOrExpiredTokenStartsCleanly() {
        FormClient parent = new FormClient();
        String page = start(parent, link, "nl");
        parent.get(page);
        parent.post(page, "sector", "primary", "action", "next");

        FormClient other = new FormClient();
        other.get(link);
        Response started = other.post(link + "/start", "r", "A".repeat(43), "lang", "nl");
        String first = path(started);
        assertTrue(first.endsWith("/p/about"));
        assertFalse(
                other.get(first).asString().contains("value=\"primary\" checked"),
                "a clean start, not another's answers");
    }

    @Test
    void theLanguageCanChangeOnAnyPageWithoutLosingAnswers() {
        FormClient parent = new FormClient();
        String page = start(parent, link, "nl");
        parent.get(page);
        Response switched = parent.post(page, "sector", "preschool", "lang", "ar", "action", "language");
        assertEquals(303, switched.statusCode());
        Response arabic = parent.follow(switched);
        assertTrue(arabic.asString().contains("<html lang=\"ar\" dir=\"rtl\">"), "Arabic renders right to left");
        assertTrue(arabic.asString().contains("value=\"preschool\" checked"), "the answer survived the switch");
    }

    @Test
    void aDoubleTapOnStartStartsOneResponse() throws Exception {
        FormClient parent = new FormClient();
        parent.get(link);
        String token = parent.hiddenToken();
        Response first = parent.post(link + "/start", "r", token, "lang", "nl");
        parent.get(link);
        Response second = parent.post(link + "/start", "r", token, "lang", "nl");
        assertEquals(path(first), path(second));
        assertEquals(1, responses("").size());
    }

    @Test
    void theSameFinalSendFiftyTimesAtOnceStoresOneSentResponse() throws Exception {
        FormClient parent = new FormClient();
        String page = start(parent, link, "nl");
        parent.get(page);
        parent.post(page, "sector", "primary", "action", "next");
        String closing = "/s/" + link.substring(3) + "/p/closing";
        parent.get(closing);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    Response sent = parent.post(closing, "remarks", "tegelijk", "action", "submit");
                    return sent.statusCode() == 303 && path(sent).endsWith("/thanks") ? 1 : 0;
                }));
            }
            go.countDown();
            int thanked = 0;
            for (Future<Integer> result : results) {
                thanked += result.get();
            }
            assertEquals(50, thanked, "every one of the fifty gets the same thank-you");
        } finally {
            pool.shutdownNow();
        }
        List<JsonNode> stored = responses("");
        assertEquals(1, stored.size());
        assertEquals("SUBMITTED", stored.get(0).get("status").asText());
    }

    @Test
    void aClosedOrNotYetOpenWaveSaysSoInTheRespondentsLanguage() {
        var opened = Waves.open(
                analyst, "parent-baseline", "link", TODAY.minusDays(2), TODAY.plusDays(5), world.institutionA2());
        String closed = opened.getString("institutions[0].link");
        FormClient parent = new FormClient();
        String page = start(parent, closed, "en");
        parent.get(page);
        long wave = opened.getLong("id");
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .post("/api/waves/" + wave + "/close")
                .then()
                .statusCode(200)
                .body("status", Matchers.equalTo("closed"));

        Response landing = parent.get(closed);
        assertTrue(landing.asString().contains("This questionnaire is closed"), landing.asString());
        Response post = parent.post(page, "sector", "primary", "action", "next");
        assertEquals(409, post.statusCode());
        assertTrue(post.asString().contains("This questionnaire is closed"));

        String later = Waves.open(
                        analyst,
                        "parent-baseline",
                        "link",
                        TODAY.plusDays(3),
                        TODAY.plusDays(10),
                        world.institutionA2())
                .getString("institutions[0].link");
        Response notYet = new FormClient().get(later + "?lang=pl");
        assertEquals(200, notYet.statusCode());
        assertTrue(notYet.asString().contains("lang=\"pl\""));
        assertFalse(notYet.asString().contains("/start"), "no way to start before the wave opens");
    }

    @Test
    void aWaveClosedByAnotherInstanceReachesItsLinkWhenTheMemoryOfTheLinkRunsOut() throws Exception {
        FormClient parent = new FormClient();
        long remembered = System.nanoTime();
        String page = start(parent, link, "en");
        try (Connection c = dataSource.getConnection();
                PreparedStatement close = c.prepareStatement("update wave set closed_early_on = ? where id = ("
                        + "select wave_id from wave_institution where slug = ?)")) {
            // straight in the database, as another instance of the service would: this one does not hear of it
            close.setObject(1, TODAY);
            close.setString(2, link.substring(3));
            assertEquals(1, close.executeUpdate());
        }
        Response stillRemembered = parent.get(page);
        if (System.nanoTime() - remembered < 800_000_000L) {
            assertFalse(
                    stillRemembered.asString().contains("This questionnaire is closed"),
                    "within the link's memory (1 s in tests) the page is still shown");
            assertTrue(stillRemembered.asString().contains("action=\"" + page + "\""), stillRemembered.asString());
        }
        String closed = null;
        for (int tries = 0; tries < 40 && closed == null; tries++) {
            Thread.sleep(100);
            Response landing = parent.get(link);
            closed = landing.asString().contains("This questionnaire is closed") ? landing.asString() : null;
        }
        assertNotNull(closed, "once the memory ran out, the link reads the closed wave");
        assertTrue(System.nanoTime() - remembered >= 1_000_000_000L, "not before the memory could have run out");
        assertEquals(
                409, parent.post(page, "sector", "primary", "action", "next").statusCode());
    }

    @Test
    void anUnknownLinkIsAFriendlyPage() {
        Response unknown = new FormClient().get("/s/NoSuchLinkAtAll12345?lang=en");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.asString().contains("This link does not work"));
    }

    @Test
    void autosaveStoresWhatIsTypedWithoutMovingOn() throws Exception {
        FormClient parent = new FormClient();
        String page = start(parent, link, "nl");
        parent.get(page);
        Response saved = parent.post(page + "/autosave", "child-age", "age-8-12");
        assertEquals(204, saved.statusCode(), "autosave does not require the required ones");
        assertEquals(
                "age-8-12", responses("").get(0).get("answers").get("child-age").asText());
        assertTrue(parent.get(link).asString().contains("Verdergaan"));
        assertNotNull(parent.cookie(RespondentCookies.TOKEN));
    }

    @Test
    void nothingIdentifyingIsStoredWithAResponse() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select column_name from information_schema.columns where table_name = 'response'")) {
            List<String> columns = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
            assertTrue(
                    columns.stream()
                            .noneMatch(col -> col.contains("ip")
                                    || col.contains("agent")
                                    || col.contains("email")
                                    || col.contains("name")),
                    columns.toString());
        }
    }
}
