package nl.betrokken.schoolplan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The school's improvement plan: actions on statements, their follow-up, their history and the parents' page. */
@QuarkusTest
class SchoolPlanTest {

    private static final String PARENTS = "school-typology-parents";

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    private static Map<String, Object> action(String item, String text, String owner, String notes) {
        return Map.of(
                "statements",
                List.of(Map.of("questionnaireId", PARENTS, "itemId", item)),
                "text",
                text,
                "owner",
                owner,
                "dueDate",
                "2027-06-30",
                "notes",
                notes);
    }

    private static JsonPath add(String session, long institution, Map<String, Object> body) {
        return Accounts.as(session)
                .body(body)
                .post("/api/school-plans/" + institution + "/actions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** 20 parents in each wave; t13 is answered by 3 of them only, below the threshold of 5. */
    private void answer(String link, int yesNow) {
        responses.add(
                link,
                Map.of("t12:current", "yes", "t12:desired", "yes", "t13:current", "yes", "t13:desired", "yes"),
                3);
        responses.add(link, Map.of("t12:current", "yes", "t12:desired", "yes"), yesNow - 3);
        responses.add(link, Map.of("t12:current", "no", "t12:desired", "yes"), 20 - yesNow);
    }

    /**
     * Statement t12 ("yes, it is like this now") goes from 5 of 20 parents to 16 of 20, worked out by hand
     * with the formulas of {@code Proportions} (z = 1.959964 for 95 %):
     *
     * <pre>
     * Wilson 16/20: centre (0.8 + z²/40) / (1 + z²/20) = 0.751665, half-width 0.167681: 0.583983 to 0.919342
     * Wilson  5/20: centre 0.290282, half-width 0.178421: 0.111862 to 0.468701
     * difference 0.80 - 0.25 = 0.55
     * Newcombe lower 0.55 - sqrt((0.8 - 0.583983)² + (0.468701 - 0.25)²) = 0.242602
     *          upper 0.55 + sqrt((0.919342 - 0.8)² + (0.25 - 0.111862)²) = 0.732551
     * pooled z-test: p = 21/40 = 0.525, se = sqrt(0.525 · 0.475 · (1/20 + 1/20)) = 0.157916,
     *          z = 0.55 / 0.157916 = 3.48286, two-sided p = 0.000496
     * </pre>
     *
     * So the page says +55 procentpunt (95 %-interval 24 tot 73; p = 0,0005), aantoonbaar verbeterd. The
     * action on t13, which only 3 parents answered, shows no figure anywhere.
     */
    @Test
    void anActionWhoseStatementImprovedShowsTheChangeItsIntervalAndTheTest() {
        var world = fixtures.world();
        String leadName = accounts.create(Role.INSTITUTION_LEAD, world.institutionA());
        String lead = Accounts.login(leadName);
        long school = world.institutionA();
        String before = Waves.openNow(lead, PARENTS, "link", school).getString("institutions[0].link");
        answer(before, 5);
        figures.publish();

        long first = add(
                        lead,
                        school,
                        action("t12", "Kennismakingsgesprek met alle ouders", "Juf Anna", "Intern: budget"))
                .getLong("id");
        add(lead, school, action("t13", "Ouders vertellen over de thuissituatie", "Meester Bram", ""));
        Accounts.as(lead)
                .get("/api/school-plans/" + school)
                .then()
                .statusCode(200)
                .body("actions", hasSize(2))
                .body("actions.find { it.id == " + first + " }.statements[0].state", equalTo("no-follow-up"))
                .body("actions.find { it.id == " + first + " }.statements[0].currentBefore.share", closeTo(0.25, 1e-9));

        String after = Waves.openNow(lead, PARENTS, "link", school).getString("institutions[0].link");
        String publicPath = Accounts.as(lead)
                .get("/api/school-plans/" + school)
                .then()
                .extract()
                .jsonPath()
                .getString("publicPath");
        assertTrue(publicPath.matches("/scholen/[a-z2-9]{16}/wat-we-deden"), publicPath);
        Document landing =
                Jsoup.parse(given().get(after).then().statusCode(200).extract().asString());
        assertEquals(
                publicPath,
                landing.select("a:contains(Wat de school deed met eerdere antwoorden)")
                        .attr("href"),
                "the next wave's landing page links to what the school did");

        answer(after, 16);
        figures.publish();

        String change = "actions.find { it.id == " + first + " }.statements[0]";
        Accounts.as(lead)
                .get("/api/school-plans/" + school)
                .then()
                .statusCode(200)
                .body(change + ".state", equalTo("compared"))
                .body(change + ".currentBefore.positive", equalTo(5))
                .body(change + ".currentBefore.answered", equalTo(20))
                .body(change + ".currentAfter.positive", equalTo(16))
                .body(change + ".currentAfter.share", closeTo(0.8, 1e-9))
                .body(change + ".desiredAfter.share", closeTo(1.0, 1e-9))
                .body(change + ".difference", closeTo(0.55, 1e-9))
                .body(change + ".lower", closeTo(0.242602, 1e-5))
                .body(change + ".upper", closeTo(0.732551, 1e-5))
                .body(change + ".pValue", closeTo(0.000496, 1e-6))
                .body(change + ".significant", equalTo(true))
                .body(change + ".improved", equalTo(true))
                .body("actions.find { it.id != " + first + " }.statements[0].state", equalTo("not-shown"))
                .body("actions.find { it.id != " + first + " }.statements[0].currentBefore", equalTo(null));

        Document page = Jsoup.parse(FormClient.loggedIn(leadName)
                .get("/app/school-plans/" + school)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        String row = page.getElementById("action-" + first)
                .parent()
                .select("tbody tr")
                .text();
        assertTrue(row.contains("25 % → 80 %"), row);
        assertTrue(row.contains("+55 procentpunt (95 %-interval 24 tot 73; p = 0,0005)"), row);
        assertTrue(row.contains("aantoonbaar verbeterd"), row);

        Document parents = Jsoup.parse(
                given().get(publicPath).then().statusCode(200).extract().asString());
        String text = parents.text();
        assertTrue(
                text.contains("Kennismakingsgesprek met alle ouders")
                        && text.contains("Ouders vertellen over de thuissituatie"),
                text);
        assertTrue(text.contains("Gepland"), "the status is shown: " + text);
        assertFalse(
                text.contains("Juf Anna") || text.contains("Meester Bram") || text.contains("Intern: budget"), text);
        Element improved = section(parents, "Kennismakingsgesprek met alle ouders");
        assertTrue(improved.text().contains("25 %") && improved.text().contains("80 %"), improved.text());
        Element few = section(parents, "Ouders vertellen over de thuissituatie");
        assertFalse(few.text().contains("%"), "no figure from fewer than 5 answers: " + few.text());
        assertTrue(parents.select("script").isEmpty(), "the parents' page needs no script");

        given().get("/scholen/onbekendeschool23/wat-we-deden").then().statusCode(404);
    }

    private static Element section(Document page, String heading) {
        return page.select("section").stream()
                .filter(s -> s.selectFirst("h2").text().equals(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading));
    }

    @Test
    void anEditIsKeptInTheHistoryWithWhoAndWhatAndAStaleEditIsRefused() {
        var world = fixtures.world();
        long school = world.institutionA();
        String lead = accounts.session(Role.INSTITUTION_LEAD, school);
        long id = add(lead, school, action("t12", "Elke groep een ouderavond in september", "Directeur", ""))
                .getLong("id");

        Map<String, Object> change = new java.util.HashMap<>(
                action("t12", "Elke groep een ouderavond in september", "Intern begeleider", ""));
        change.put("status", "doing");
        change.put("revision", 0);
        Accounts.as(lead)
                .body(change)
                .put("/api/school-plans/" + school + "/actions/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("doing"))
                .body("revision", equalTo(1));
        Accounts.as(lead)
                .body(change)
                .put("/api/school-plans/" + school + "/actions/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString("revision 0"));

        String board = accounts.session(Role.BOARD_MEMBER, world.boardA());
        change.put("revision", 1);
        change.put("notes", "Besproken met het bestuur");
        Accounts.as(board)
                .body(change)
                .put("/api/school-plans/" + school + "/actions/" + id)
                .then()
                .statusCode(200);
        Accounts.as(accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA()))
                .body(change)
                .put("/api/school-plans/" + school + "/actions/" + id)
                .then()
                .statusCode(403);

        Accounts.as(lead)
                .get("/api/school-plans/" + school + "/history")
                .then()
                .statusCode(200)
                .body("revisions", hasSize(3))
                .body("revisions[0].by", equalTo("Test board-member"))
                .body("revisions[0].body", equalTo("Notities: (leeg) → Besproken met het bestuur"))
                .body("revisions[1].by", equalTo("Test institution-lead"))
                .body("revisions[1].body", containsString("Eigenaar: Directeur → Intern begeleider"))
                .body("revisions[1].body", containsString("Status: Gepland → Bezig"))
                .body("revisions[2].body", containsString("Nieuwe actie: Elke groep een ouderavond in september"));
    }

    @Test
    void theFormExplainsWhatIsMissingInDutchAndStoresNothing() {
        var world = fixtures.world();
        long school = world.institutionA();
        String leadName = accounts.create(Role.INSTITUTION_LEAD, school);
        FormClient browser = FormClient.loggedIn(leadName);
        browser.get("/app/school-plans/" + school + "/actions/new").then().statusCode(200);
        String refused = browser.post(
                        "/app/school-plans/" + school + "/actions", "text", "", "owner", "", "dueDate", "morgen")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        Document page = Jsoup.parse(refused);
        String summary = page.getElementById("error-summary").text();
        assertTrue(summary.contains("Kies minstens één uitspraak waar de actie over gaat."), summary);
        assertTrue(summary.contains("Vul dit in."), summary);
        assertEquals("true", page.getElementById("owner").attr("aria-invalid"));
        String lead = Accounts.login(leadName);
        Accounts.as(lead).get("/api/school-plans/" + school).then().body("actions", hasSize(0));

        var saved = browser.post(
                "/app/school-plans/" + school + "/actions",
                "statements",
                PARENTS + "/t05",
                "text",
                "Een vaste contactpersoon voor elke ouder",
                "owner",
                "De directeur",
                "dueDate",
                "31-12-2027",
                "status",
                "planned");
        assertEquals(303, saved.statusCode(), saved.asString());
        Accounts.as(lead)
                .get("/api/school-plans/" + school)
                .then()
                .body("actions[0].text", equalTo("Een vaste contactpersoon voor elke ouder"))
                .body("actions[0].dueDate", equalTo("2027-12-31"))
                .body("actions[0].statements[0].state", equalTo("no-baseline"));
        Accounts.as(lead)
                .body(Map.of(
                        "statements",
                        List.of(Map.of("questionnaireId", PARENTS, "itemId", "t99")),
                        "text",
                        "x",
                        "owner",
                        "y",
                        "dueDate",
                        "2027-01-01"))
                .post("/api/school-plans/" + school + "/actions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("statements"));
    }
}
