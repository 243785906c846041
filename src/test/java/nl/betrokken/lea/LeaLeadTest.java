package nl.betrokken.lea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.Fixtures.World;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.PdfText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An LEA that others can lead: a board leads a round with a partner organisation's part in the handout
 * and its PDF, keeps a working group with a parent in it, and a plan adopts the policy box's suggestions.
 */
@QuarkusTest
class LeaLeadTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    private World world;
    private FormClient analyst;
    private FormClient lead;
    private FormClient otherBoard;
    private long otherBoardId;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        Municipality a = new Municipality();
        a.id = world.municipalityA();
        otherBoardId = fixtures.board(a, "Ander bestuur").id;
        analyst = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        lead = FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, world.boardA()));
        otherBoard = FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, otherBoardId));
    }

    private long partner(String name, String kind) {
        analyst.get("/lea/partners");
        Response created = analyst.post("/lea/partners", "name", name, "kind", kind);
        assertEquals(303, created.statusCode(), text(created));
        return Long.parseLong(created.header("Location").replaceAll(".*#partner-", ""));
    }

    /** A round led by board A with the other board invited too, and the given partner organisation. */
    private long roundLedByBoard(long organisation) {
        analyst.get("/lea/screenings/new");
        Response created = analyst.post(
                "/lea/screenings",
                "title",
                "Ronde met een trekkend bestuur",
                "leadBoardId",
                String.valueOf(world.boardA()),
                "boardIds",
                String.valueOf(otherBoardId),
                "organisationIds",
                String.valueOf(organisation));
        assertEquals(303, created.statusCode(), text(created));
        return Long.parseLong(created.header("Location").replaceAll(".*/screenings/", ""));
    }

    @Test
    void partnerOrganisationsAreKeptOnAPageWithDutchErrors() {
        analyst.get("/lea/partners");
        Response empty = analyst.post("/lea/partners", "name", "", "kind", "");
        assertEquals(400, empty.statusCode());
        Document page = Jsoup.parse(empty.asString());
        assertEquals("Vul dit in.", page.selectFirst("#err-name").text());
        assertEquals("Vul dit in.", page.selectFirst("#err-kind").text());
        Response wrongKind = analyst.post("/lea/partners", "name", "Sportclub", "kind", "sport");
        assertEquals(400, wrongKind.statusCode());
        assertTrue(text(wrongKind).contains("Kies het soort partner uit de lijst."), text(wrongKind));
        assertEquals(
                "Sportclub",
                Jsoup.parse(wrongKind.asString()).selectFirst("#name").val(),
                "what was typed stays");

        long jgz = partner("JGZ Test", "youth-health");
        Response twice = analyst.post("/lea/partners", "name", "jgz test", "kind", "welfare");
        assertEquals(400, twice.statusCode());
        assertTrue(text(twice).contains("Er is al een partnerorganisatie met de naam jgz test"), text(twice));

        analyst.get("/lea/partners/" + jgz);
        assertEquals(
                303,
                analyst.post("/lea/partners/" + jgz, "name", "JGZ Rijn", "kind", "youth-health")
                        .statusCode());
        assertEquals(
                303,
                analyst.post("/lea/partners/" + jgz + "/archive", "archived", "true")
                        .statusCode());
        Document list = Jsoup.parse(analyst.get("/lea/partners").asString());
        assertEquals("JGZ Rijn", list.selectFirst("#partner-" + jgz + " th").text());
        assertTrue(list.selectFirst("#partner-" + jgz).text().contains("gearchiveerd"));
        analyst.get("/lea/screenings/new");
        Response archived = analyst.post(
                "/lea/screenings",
                "title",
                "Met een gearchiveerde partner",
                "boardIds",
                String.valueOf(world.boardA()),
                "organisationIds",
                String.valueOf(jgz));
        assertEquals(400, archived.statusCode());
        assertTrue(text(archived).contains("die niet gearchiveerd zijn"), text(archived));

        lead.get("/lea/partners");
        assertEquals(
                403,
                lead.post("/lea/partners", "name", "Van een bestuur", "kind", "other")
                        .statusCode());
        FormClient elsewhere = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityB()));
        assertEquals(404, elsewhere.get("/lea/partners/" + jgz).statusCode());

        String session = Accounts.login(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        JsonPath refused = Accounts.as(session)
                .body(Map.of("name", "", "kind", "sport"))
                .post("/api/lea/partner-organisations")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertEquals("name", refused.getString("errors[0].field"));
        Accounts.as(session)
                .body(Map.of("name", "Welzijn via API", "kind", "sport"))
                .post("/api/lea/partner-organisations")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("kind"));
        long viaApi = Accounts.as(session)
                .body(Map.of("name", "Welzijn via API", "kind", "welfare"))
                .post("/api/lea/partner-organisations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Accounts.as(session)
                .post("/api/lea/partner-organisations/" + viaApi + "/archive")
                .then()
                .statusCode(200)
                .body("archived", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void aBoardLeadsARoundWithAPartnerOrganisationsPartInTheHandoutAndItsPdf() throws Exception {
        long jgz = partner("JGZ Voorbeeld", "youth-health");
        long library = partner("Bibliotheek Voorbeeld", "library");
        long round = roundLedByBoard(jgz);

        // the lead board invites the library; the other board may not, and nothing is added
        Document page = Jsoup.parse(lead.get("/lea/screenings/" + round).asString());
        assertTrue(page.text().contains("Trekker: Bestuur A"), page.text());
        assertNotNull(page.selectFirst("#invite-organisation-" + library), "the lead invites more partners");
        otherBoard.get("/lea/screenings/" + round);
        assertEquals(
                403,
                otherBoard
                        .post("/lea/screenings/" + round + "/partners", "organisationIds", String.valueOf(library))
                        .statusCode());
        Response nothing = lead.post("/lea/screenings/" + round + "/partners");
        assertEquals(400, nothing.statusCode());
        assertTrue(text(nothing).contains("Kies minstens één schoolbestuur of partnerorganisatie"), text(nothing));
        assertEquals(
                303,
                lead.post("/lea/screenings/" + round + "/partners", "organisationIds", String.valueOf(library))
                        .statusCode());

        // the lead fills in the JGZ's part on its behalf; the other board cannot
        long jgzPart = part(round, jgz);
        otherBoard.get("/lea/screenings/" + round);
        assertEquals(
                403,
                otherBoard.get("/lea/screenings/" + round + "/parts/" + jgzPart).statusCode());
        Document form = Jsoup.parse(
                lead.get("/lea/screenings/" + round + "/parts/" + jgzPart).asString());
        assertTrue(
                form.selectFirst("h1").text().contains("JGZ Voorbeeld"),
                form.selectFirst("h1").text());
        Response sent = lead.post(
                "/lea/screenings/" + round + "/parts/" + jgzPart,
                "action",
                "submit",
                "partner-type",
                "other",
                "c-joint",
                "Opvoedavonden samen met de scholen",
                "c-alignment",
                "joint-approach");
        assertEquals(200, sent.statusCode(), text(sent));
        assertTrue(text(sent).contains("Het deel van deze partner is ingestuurd."), text(sent));

        // the municipality reads everything, but the lead records the agreement
        Document handout = Jsoup.parse(analyst.get("/lea/screenings/" + round).asString());
        Element themeC = handout.selectFirst("section:has(#theme-c)");
        String joint = themeC.select("table.three-columns td").get(1).text();
        assertEquals("JGZ Voorbeeld: Opvoedavonden samen met de scholen", joint);
        assertTrue(themeC.hasClass("joint"), "the JGZ wants a joint approach on theme C");
        List<String> partners =
                handout.select("section:has(#partners) tbody th").eachText();
        String leadRow = handout.select("section:has(#partners) tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().startsWith("Bestuur A"))
                .findFirst()
                .orElseThrow()
                .text();
        assertTrue(leadRow.endsWith("schoolbestuur, trekker"), leadRow);
        assertTrue(
                partners.contains("JGZ Voorbeeld") && partners.contains("Bibliotheek Voorbeeld"), partners.toString());
        assertEquals(
                403,
                analyst.post(
                                "/lea/screenings/" + round + "/agreement",
                                "meetingDate",
                                "2026-11-20",
                                "conclusions",
                                "joint-impulse")
                        .statusCode(),
                "the municipality reads along when a board leads");
        otherBoard.get("/lea/screenings/" + round);
        assertEquals(
                403,
                otherBoard
                        .post(
                                "/lea/screenings/" + round + "/agreement",
                                "meetingDate",
                                "2026-11-20",
                                "conclusions",
                                "joint-impulse")
                        .statusCode(),
                "an invited board that does not lead cannot edit");
        FormClient notInvited = FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, world.boardB()));
        assertEquals(404, notInvited.get("/lea/screenings/" + round).statusCode(), "another municipality's board");
        assertEquals(
                404, notInvited.get("/lea/screenings/" + round + "/handout.pdf").statusCode());

        // the PDF has the partner's part in the table, as the page does
        Element link = handout.selectFirst("a[href=/lea/screenings/" + round + "/handout.pdf]");
        assertNotNull(link, "the handout offers its PDF");
        PdfText pdf = PdfText.of(Accounts.as(Accounts.login(accounts.create(Role.BOARD_MEMBER, world.boardA())))
                .get(link.attr("href")));
        assertTrue(pdf.text().contains("JGZ Voorbeeld: Opvoedavonden samen met de scholen"), pdf.text());
        assertTrue(pdf.text().contains("Trekker: Bestuur A"), pdf.text());

        lead.get("/lea/screenings/" + round);
        Response agreed = lead.post(
                "/lea/screenings/" + round + "/agreement", "meetingDate", "2026-11-20", "conclusions", "joint-impulse");
        assertEquals(303, agreed.statusCode(), text(agreed));

        // the municipality takes the lead back: the board no longer edits
        analyst.get("/lea/screenings/" + round);
        Response wrongLead =
                analyst.post("/lea/screenings/" + round + "/lead", "boardId", String.valueOf(world.boardB()));
        assertEquals(400, wrongLead.statusCode());
        assertTrue(text(wrongLead).contains("Kies de gemeente of een schoolbestuur uit de lijst."), text(wrongLead));
        assertEquals(
                303,
                analyst.post("/lea/screenings/" + round + "/lead", "boardId", "")
                        .statusCode());
        lead.get("/lea/screenings/" + round + "/working-group");
        assertEquals(
                403,
                lead.post("/lea/screenings/" + round + "/working-group", "name", "Iemand", "role", "member")
                        .statusCode());
    }

    @Test
    void theLeadKeepsAWorkingGroupWithAParentWhoseNameStaysWithTheMunicipality() throws Exception {
        long round = roundLedByBoard(partner("Welzijn Werkgroep", "welfare"));
        String path = "/lea/screenings/" + round + "/working-group";
        lead.get(path);
        Response empty = lead.post(path, "name", "", "role", "chief");
        assertEquals(400, empty.statusCode());
        Document refused = Jsoup.parse(empty.asString());
        assertEquals("Vul dit in.", refused.selectFirst("#err-name").text());
        assertTrue(refused.selectFirst("#error-summary").text().contains("Vul dit in."));
        Response wrongRole = lead.post(path, "name", "Fatima Ouder", "role", "chief", "parent", "true");
        assertEquals(400, wrongRole.statusCode());
        assertEquals(
                "Kies de rol in de werkgroep uit de lijst.",
                Jsoup.parse(wrongRole.asString()).selectFirst("#err-role").text());
        assertTrue(members(round).isEmpty(), "nothing was stored");

        assertEquals(
                303,
                lead.post(path, "name", "Fatima Ouder", "organisation", "ouder", "role", "member", "parent", "true")
                        .statusCode());
        Response chair = lead.post(path, "name", "Wim Voorzitter", "organisation", "Bestuur A", "role", "chair");
        assertEquals(303, chair.statusCode());
        long chairId = Long.parseLong(chair.header("Location").replaceAll(".*#member-", ""));

        lead.get(path + "/" + chairId);
        assertEquals(
                303,
                lead.post(
                                path + "/" + chairId,
                                "name",
                                "Wim de Voorzitter",
                                "organisation",
                                "Bestuur A",
                                "role",
                                "chair")
                        .statusCode());
        Document group = Jsoup.parse(analyst.get(path).asString());
        assertEquals(
                List.of("Fatima Ouder", "Wim de Voorzitter"),
                group.select("tbody th").eachText());
        assertEquals("2 leden, van wie 1 ouder", group.selectFirst("caption").text());
        otherBoard.get(path);
        assertEquals(403, otherBoard.post(path + "/" + chairId + "/delete").statusCode(), "only the lead edits");

        Document handout = Jsoup.parse(analyst.get("/lea/screenings/" + round).asString());
        assertTrue(handout.selectFirst("section:has(#working-group)").text().contains("Fatima Ouder"));
        assertTrue(handout.selectFirst("section:has(#working-group)").text().contains("(ouder)"));

        // the administrator sees roles, not names; no download carries them
        String admin = Accounts.login(accounts.create(Role.ADMINISTRATOR, null));
        String adminPage = Accounts.as(admin).get(path).asString();
        assertFalse(adminPage.contains("Fatima"), "names are for the municipality's own staff");
        JsonPath api = Accounts.as(admin)
                .get("/api/lea/screenings/" + round + "/working-group")
                .jsonPath();
        assertEquals(2, api.getList("members").size());
        assertEquals(null, api.getString("members[0].name"));
        assertEquals(true, api.getBoolean("members[0].parent"));
        PdfText pdf = PdfText.of(Accounts.as(admin).get("/lea/screenings/" + round + "/handout.pdf"));
        assertFalse(pdf.text().contains("Fatima"), pdf.text());
        assertTrue(pdf.text().contains("Werkgroep: 2 leden, van wie 1 ouder."), pdf.text());

        // the API: the lead's session adds, the JSON says what is wrong
        String leadSession = Accounts.login(accounts.create(Role.BOARD_MEMBER, world.boardA()));
        Accounts.as(leadSession)
                .body(Map.of("name", "x".repeat(121), "role", "member"))
                .post("/api/lea/screenings/" + round + "/working-group")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("name"));
        Accounts.as(leadSession)
                .body(Map.of("name", "Secretaris via API", "role", "secretary"))
                .post("/api/lea/screenings/" + round + "/working-group")
                .then()
                .statusCode(201)
                .body("roleName", org.hamcrest.Matchers.equalTo("Secretaris"));
        lead.get(path);
        assertEquals(303, lead.post(path + "/" + chairId + "/delete").statusCode());
        assertEquals(2, members(round).size());
    }

    @Test
    void aPlanAdoptsASuggestionThatTheLeadThenEdits() {
        analyst.get("/lea/plans/new");
        Response created = analyst.post(
                "/lea/plans", "title", "Plan met een trekker", "leadBoardId", String.valueOf(world.boardA()));
        assertEquals(303, created.statusCode(), text(created));
        long plan = Long.parseLong(created.header("Location").replaceAll(".*/plans/", ""));

        Document page = Jsoup.parse(lead.get("/lea/plans/" + plan).asString());
        Element adopt = page.selectFirst("form[action=/lea/plans/" + plan + "/suggestions/criterion-action-plan]");
        assertNotNull(adopt, "the lead sees the suggestions with an adopt button");
        String suggestion =
                page.selectFirst("#suggestion-criterion-action-plan").text();
        assertTrue(suggestion.startsWith("Elke school maakt elk jaar samen met ouders een actieplan"), suggestion);
        assertTrue(page.select("#suggestions li").size() >= 10, "visions and criteria");

        analyst.get("/lea/plans/" + plan);
        assertEquals(
                403,
                analyst.post("/lea/plans/" + plan + "/suggestions/criterion-action-plan")
                        .statusCode(),
                "the municipality reads along when a board leads the plan");
        assertEquals(
                404,
                lead.post("/lea/plans/" + plan + "/suggestions/no-such-thing").statusCode());
        assertEquals(
                303,
                lead.post("/lea/plans/" + plan + "/suggestions/criterion-action-plan")
                        .statusCode());

        Document after = Jsoup.parse(lead.get("/lea/plans/" + plan).asString());
        String vision = after.selectFirst("#body-vision").text();
        assertEquals(suggestion, vision, "the text is copied into the plan");
        assertNull(after.selectFirst("form[action$=/suggestions/criterion-action-plan]"), "adopted once");
        assertTrue(after.selectFirst("#suggestions").text().contains("Staat al in het plan."));

        String revision = after.selectFirst("form[action=/lea/plans/" + plan + "/sections/vision] input[name=revision]")
                .val();
        String edited = vision.replace("Elke school", "Elke school en voorschool");
        assertEquals(
                303,
                lead.post("/lea/plans/" + plan + "/sections/vision", "body", edited, "revision", revision)
                        .statusCode());
        assertEquals(
                edited,
                Jsoup.parse(lead.get("/lea/plans/" + plan).asString())
                        .selectFirst("#body-vision")
                        .text());

        String session = Accounts.login(accounts.create(Role.BOARD_MEMBER, world.boardA()));
        JsonPath section = Accounts.as(session)
                .post("/api/lea/plans/" + plan + "/suggestions/vision-alignment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(section.getString("body").startsWith(edited + "\n\n"), section.getString("body"));
        assertTrue(section.getString("body").endsWith("Gemeente en schoolbesturen werken daar samen aan."));
        assertEquals(
                12,
                Accounts.as(session)
                        .get("/api/lea/suggestions")
                        .jsonPath()
                        .getList("")
                        .size());

        // handing the plan back to the municipality: the board then reads along
        String analystSession = Accounts.login(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        Map<String, Object> back = new HashMap<>();
        back.put("boardId", null);
        Accounts.as(analystSession)
                .body(back)
                .put("/api/lea/plans/" + plan + "/lead")
                .then()
                .statusCode(200)
                .body("lead", org.hamcrest.Matchers.startsWith("Gemeente A"));
        Accounts.as(session)
                .post("/api/lea/plans/" + plan + "/suggestions/vision-partnership")
                .then()
                .statusCode(403);
    }

    private static void assertNull(Object value, String message) {
        assertTrue(value == null, message);
    }

    @Transactional
    long part(long screening, long organisation) {
        return LeaPartner.ofOrganisation(screening, organisation).orElseThrow().id;
    }

    @Transactional
    List<WorkingGroupMember> members(long screening) {
        return WorkingGroupMember.ofScreening(screening);
    }

    private static String text(Response response) {
        return Jsoup.parse(response.asString()).text();
    }
}
