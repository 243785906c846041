package nl.betrokken.lea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.Fixtures.World;
import nl.betrokken.testing.FormClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A screening round from invitation to the agreed handout, through the pages, as each partner uses them. */
@QuarkusTest
class LeaScreeningTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    private World world;
    private FormClient analyst;
    private FormClient board;
    private long otherBoardOfA;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        Municipality a = new Municipality();
        a.id = world.municipalityA();
        otherBoardOfA = fixtures.board(a, "Tweede bestuur").id;
        analyst = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        board = FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, world.boardA()));
    }

    private long startRound() {
        analyst.get("/lea/screenings/new");
        Response created = analyst.post(
                "/lea/screenings", "title", "LEA-overleg voorjaar", "boardIds", String.valueOf(world.boardA()));
        assertEquals(303, created.statusCode(), created.asString());
        return Long.parseLong(created.header("Location").replaceAll(".*/screenings/", ""));
    }

    @Test
    void aMunicipalityInvitesOnlyItsOwnBoardsAndSaysWhatIsMissing() {
        analyst.get("/lea/screenings/new");
        Response none = analyst.post("/lea/screenings", "title", "Zonder besturen");
        assertEquals(400, none.statusCode());
        assertTrue(text(none).contains("Nodig minstens één schoolbestuur uit."), text(none));

        analyst.get("/lea/screenings/new");
        Response foreign = analyst.post(
                "/lea/screenings", "title", "Met een vreemd bestuur", "boardIds", String.valueOf(world.boardB()));
        assertEquals(400, foreign.statusCode());
        assertTrue(text(foreign).contains("Nodig alleen besturen uit uw eigen gemeente uit."), text(foreign));
        assertEquals(
                "Met een vreemd bestuur",
                Jsoup.parse(foreign.asString()).selectFirst("#title").val(),
                "what was typed stays");
    }

    @Test
    void onlyInvitedBoardsSeeTheRound() {
        long round = startRound();
        assertEquals(200, board.get("/lea/screenings/" + round).statusCode());
        FormClient notInvited = FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, otherBoardOfA));
        assertEquals(404, notInvited.get("/lea/screenings/" + round).statusCode(), "same municipality, not invited");
        FormClient elsewhere = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityB()));
        assertEquals(404, elsewhere.get("/lea/screenings/" + round).statusCode());
        assertFalse(notInvited.get("/lea").asString().contains("LEA-overleg voorjaar"), "nor is it listed");
        assertTrue(board.get("/lea").asString().contains("LEA-overleg voorjaar"));
    }

    @Test
    void partnersFillInTheirPartsAndTheTableShowsThemSideBySide() {
        long round = startRound();

        board.get("/lea/screenings/" + round + "/part");
        Response tooLong =
                board.post("/lea/screenings/" + round + "/part", "action", "save", "a-boards", "x".repeat(2001));
        assertEquals(400, tooLong.statusCode());
        assertTrue(text(tooLong).contains("Er is nog niets opgeslagen"), text(tooLong));
        assertTrue(answers(round, world.boardA()).isEmpty(), "nothing was stored");

        Response incomplete = board.post(
                "/lea/screenings/" + round + "/part", "action", "submit", "a-boards", "Ouderbeleid per school");
        assertEquals(400, incomplete.statusCode(), "the partner type is required to send the part in");
        Response draft = board.post(
                "/lea/screenings/" + round + "/part", "action", "save", "a-boards", "Ouderbeleid per school");
        assertEquals(200, draft.statusCode());
        assertTrue(text(draft).contains("Uw concept is opgeslagen."));
        Response sent = board.post(
                "/lea/screenings/" + round + "/part",
                "action",
                "submit",
                "partner-type",
                "school-board",
                "a-boards",
                "Ouderbeleid per school",
                "a-alignment",
                "align",
                "d-alignment",
                "not-needed",
                "conclusions",
                "joint-impulse",
                "conclusions",
                "shared-criteria");
        assertEquals(200, sent.statusCode(), text(sent));

        analyst.get("/lea/screenings/" + round + "/part");
        analyst.post(
                "/lea/screenings/" + round + "/part",
                "action",
                "submit",
                "partner-type",
                "municipality",
                "a-municipality",
                "Jeugdbeleid noemt ouders",
                "a-joint",
                "Eén visie van 0 tot 12",
                "d-alignment",
                "not-needed",
                "conclusions",
                "joint-impulse");

        Document page = Jsoup.parse(analyst.get("/lea/screenings/" + round).asString());
        Element themeA = page.selectFirst("section:has(#theme-a)");
        assertNotNull(themeA);
        List<String> headers = themeA.select("table.three-columns th").eachText();
        assertEquals(List.of("Besturen en scholen", "Mogelijke gezamenlijke agenda", "Gemeente"), headers);
        List<Element> cells = themeA.select("table.three-columns td");
        String boardName = page.select("section:has(#partners) tbody th").get(1).text();
        assertEquals(boardName + ": Ouderbeleid per school", cells.get(0).text());
        assertTrue(
                cells.get(1).text().endsWith(": Eén visie van 0 tot 12"),
                cells.get(1).text());
        assertTrue(
                cells.get(2).text().endsWith(": Jeugdbeleid noemt ouders"),
                cells.get(2).text());
        assertTrue(themeA.hasClass("joint"), "a partner wants to align policy on theme A");
        assertFalse(page.selectFirst("section:has(#theme-d)").hasClass("joint"), "everyone said not needed on theme D");
        assertEquals(
                List.of("ingestuurd", "ingestuurd"),
                page.select("section:has(#partners) tbody td:nth-child(2)").eachText());

        Element joint = page.select("section:has(#proposals) tbody tr").stream()
                .filter(r -> r.text().contains("Samen een impuls geven"))
                .findFirst()
                .orElseThrow();
        String municipalityName =
                page.select("section:has(#partners) tbody th").get(0).text().replace(" (gemeente)", "");
        assertEquals(
                municipalityName + ", " + boardName, joint.select("td").get(1).text(), "both proposed a joint impulse");
        Element criteria = page.select("section:has(#proposals) tbody tr").stream()
                .filter(r -> r.text().contains("criteria of voorwaarden"))
                .findFirst()
                .orElseThrow();
        assertEquals(boardName, criteria.select("td").get(1).text());
    }

    @Test
    void theMeetingRecordsItsConclusionsAndThePartsClose() {
        long round = startRound();
        board.get("/lea/screenings/" + round + "/part");
        board.post("/lea/screenings/" + round + "/part", "action", "save", "b-boards", "Leestips voor ouders");

        analyst.get("/lea/screenings/" + round);
        Response noDate =
                analyst.post("/lea/screenings/" + round + "/agreement", "conclusions", "joint-vision-and-plan");
        assertEquals(400, noDate.statusCode());
        assertTrue(text(noDate).contains("Datum van het overleg"), text(noDate));
        Response noConclusion = analyst.post("/lea/screenings/" + round + "/agreement", "meetingDate", "2026-11-20");
        assertEquals(400, noConclusion.statusCode());
        assertTrue(text(noConclusion).contains("Kies minstens één conclusie"), text(noConclusion));
        assertNull(screening(round).agreedAt, "nothing recorded yet");

        FormClient boardTries = FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, world.boardA()));
        boardTries.get("/lea/screenings/" + round);
        assertEquals(
                403,
                boardTries
                        .post(
                                "/lea/screenings/" + round + "/agreement",
                                "meetingDate",
                                "2026-11-20",
                                "conclusions",
                                "joint-impulse")
                        .statusCode(),
                "a board does not record the agreement");

        Response agreed = analyst.post(
                "/lea/screenings/" + round + "/agreement",
                "meetingDate",
                "2026-11-20",
                "conclusions",
                "joint-vision-and-plan",
                "conclusions",
                "baseline-and-targets",
                "age-range",
                "age-0-12",
                "notes",
                "Werkgroep start in januari");
        assertEquals(303, agreed.statusCode(), text(agreed));
        LeaScreening stored = screening(round);
        assertEquals(LocalDate.of(2026, 11, 20), stored.meetingDate);
        assertEquals(List.of("joint-vision-and-plan", "baseline-and-targets"), stored.agreement.get("conclusions"));

        Document page = Jsoup.parse(board.get("/lea/screenings/" + round).asString());
        String decisions = page.select("dl.decisions").text();
        assertTrue(
                decisions.contains("Een gezamenlijke visie en een samenhangende lokale aanpak ontwikkelen"), decisions);
        assertTrue(decisions.contains("0 tot 12 jaar"), decisions);
        assertTrue(page.text().contains("Besproken op het LEA-overleg van 20 november 2026."), page.text());

        board.get("/lea/screenings/" + round + "/part");
        Response late = board.post("/lea/screenings/" + round + "/part", "action", "save", "b-boards", "Iets anders");
        assertEquals(409, late.statusCode());
        assertTrue(text(late).contains("Het overleg heeft al plaatsgevonden"), text(late));
        assertEquals(
                "Leestips voor ouders",
                answers(round, world.boardA()).get("b-boards"),
                "the handout stays what the meeting saw");
    }

    @Transactional
    Map<String, Object> answers(long round, long boardId) {
        return LeaPartner.<LeaPartner>find("screeningId = ?1 and boardId = ?2", round, boardId)
                .firstResult()
                .answers;
    }

    @Transactional
    LeaScreening screening(long id) {
        return LeaScreening.findById(id);
    }

    private static String text(Response response) {
        return Jsoup.parse(response.asString()).text();
    }
}
