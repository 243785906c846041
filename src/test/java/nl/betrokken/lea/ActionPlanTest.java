package nl.betrokken.lea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
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
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The action plan: sections with history and no lost edits, goals tied to monitor targets, and the
 * yearly evaluation, which must show exactly the figures the monitor shows.
 */
@QuarkusTest
class ActionPlanTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    private String analystName;
    private String analystSession;
    private FormClient analyst;
    private Board board;
    private long municipalityId;
    private long oldWave;

    @BeforeEach
    void municipalityWithTwoWaves() {
        Municipality municipality = fixtures.municipality("Gemeente Plan " + System.nanoTime());
        municipalityId = municipality.id;
        board = fixtures.board(municipality, "Bestuur Plan " + System.nanoTime());
        Institution school = fixtures.institution(board, "School Plan", Sector.PRIMARY);
        analystName = accounts.create(Role.MUNICIPALITY_ANALYST, municipality.id);
        analystSession = Accounts.login(analystName);
        analyst = FormClient.loggedIn(analystName);

        JsonPath before = Waves.open(
                analystSession, "parent-baseline", "link", TODAY.minusDays(400), TODAY.plusDays(1), school.id);
        oldWave = before.getLong("id");
        responses.add(before.getString("institutions[0].link"), Map.of("sector", "primary", "a1", "agree"), 30);
        responses.add(before.getString("institutions[0].link"), Map.of("sector", "primary", "a1", "disagree"), 20);
        JsonPath now = Waves.open(analystSession, "parent-baseline", "link", TODAY, TODAY.plusDays(30), school.id);
        responses.add(now.getString("institutions[0].link"), Map.of("sector", "primary", "a1", "agree"), 45);
        responses.add(now.getString("institutions[0].link"), Map.of("sector", "primary", "a1", "disagree"), 5);
        figures.publish();
    }

    private long createPlan() {
        analyst.get("/lea/plans/new");
        Response created = analyst.post("/lea/plans", "title", "Samen met ouders", "screeningId", "");
        assertEquals(303, created.statusCode(), created.asString());
        return Long.parseLong(created.header("Location").replaceAll(".*/plans/", ""));
    }

    @Test
    void aSectionSavedByTwoPeopleAtOnceLosesNothingAndKeepsItsHistory() {
        long plan = createPlan();
        FormClient colleague = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, municipalityId));
        colleague.get("/lea/plans/" + plan);
        analyst.get("/lea/plans/" + plan);

        Response first = analyst.post(
                "/lea/plans/" + plan + "/sections/vision",
                "revision",
                "0",
                "body",
                "Ouders en school werken samen.\n\nVoor elk kind.");
        assertEquals(303, first.statusCode());
        Response second =
                colleague.post("/lea/plans/" + plan + "/sections/vision", "revision", "0", "body", "Een andere visie");
        assertEquals(409, second.statusCode(), "the colleague edited an older version");
        Document conflict = Jsoup.parse(second.asString());
        assertEquals(
                "Een andere visie", conflict.selectFirst("textarea[name=body]").text(), "their text is handed back");
        assertTrue(conflict.select(".body").text().contains("Ouders en school werken samen."), "next to the saved one");
        assertEquals("1", conflict.selectFirst("input[name=revision]").val());
        assertEquals(
                "Ouders en school werken samen.\n\nVoor elk kind.", section(plan, "vision"), "the first save stands");

        Document page = Jsoup.parse(analyst.get("/lea/plans/" + plan).asString());
        assertEquals(
                List.of("Ouders en school werken samen.", "Voor elk kind."),
                page.select("section:has(#section-vision) .body p").eachText(),
                "paragraphs as written");

        Response merged =
                colleague.post("/lea/plans/" + plan + "/sections/vision", "revision", "1", "body", "Samengevoegd");
        assertEquals(303, merged.statusCode());
        Document history =
                Jsoup.parse(analyst.get("/lea/plans/" + plan + "/history").asString());
        List<String> entries = history.select("ol.history li").eachText();
        assertTrue(
                entries.get(0).startsWith("3. Gezamenlijke visie en doelen Test municipality-analyst"), entries.get(0));
        assertTrue(entries.get(0).endsWith("Samengevoegd"), entries.get(0));
        assertTrue(entries.get(1).endsWith("Voor elk kind."), entries.get(1));
        assertTrue(entries.get(2).contains("Plan aangemaakt: Samen met ouders"), entries.get(2));
    }

    @Test
    void aGoalCreatesItsTargetAndWrongInputIsExplained() {
        long plan = createPlan();
        analyst.get("/lea/plans/" + plan);
        Response noDate = analyst.post(
                "/lea/plans/" + plan + "/goals",
                "description",
                "Meer ouders tevreden",
                "indicator",
                "parent-baseline/satisfied-relationship",
                "threshold",
                "90");
        assertEquals(400, noDate.statusCode());
        Document page = Jsoup.parse(noDate.asString());
        assertTrue(
                page.select("#error-summary").text().contains("Vul de datum in waarop het doel gehaald moet zijn"),
                page.select("#error-summary").text());
        assertEquals(
                "Meer ouders tevreden", page.selectFirst("#goal-description").text(), "what was typed stays");
        Response both = analyst.post(
                "/lea/plans/" + plan + "/goals",
                "description",
                "x",
                "dueDate",
                "2028-12-31",
                "indicator",
                "parent-baseline/satisfied-relationship",
                "threshold",
                "90",
                "targetId",
                "1");
        assertEquals(400, both.statusCode());
        Response badThreshold = analyst.post(
                "/lea/plans/" + plan + "/goals",
                "description",
                "x",
                "dueDate",
                "2028-12-31",
                "indicator",
                "parent-baseline/satisfied-relationship",
                "threshold",
                "190");
        assertEquals(400, badThreshold.statusCode());
        assertEquals(0L, goals(plan), "nothing half-written");
        assertEquals(
                0,
                Accounts.as(analystSession)
                        .get("/api/targets")
                        .jsonPath()
                        .getList("")
                        .size(),
                "no stray target");

        Response added = analyst.post(
                "/lea/plans/" + plan + "/goals",
                "description",
                "In 2028 is 90 % van de ouders tevreden",
                "dueDate",
                "2028-12-31",
                "indicator",
                "parent-baseline/satisfied-relationship",
                "threshold",
                "90");
        assertEquals(303, added.statusCode(), added.asString());
        JsonPath targets = Accounts.as(analystSession).get("/api/targets").jsonPath();
        assertEquals(List.of("In 2028 is 90 % van de ouders tevreden"), targets.getList("name"));
        assertEquals(0.9, targets.getDouble("[0].threshold"), 1e-9);
        assertEquals("2028-12-31", targets.getString("[0].deadline"));
        assertEquals("satisfied-relationship", targets.getString("[0].indicatorId"));
    }

    @Test
    void theEvaluationShowsWhatTheMonitorShowsForTheChosenYear() {
        long plan = createPlan();
        analyst.get("/lea/plans/" + plan);
        analyst.post(
                "/lea/plans/" + plan + "/goals",
                "description",
                "=HYPERLINK(\"http://x\") tevreden ouders",
                "dueDate",
                "2028-12-31",
                "indicator",
                "parent-baseline/satisfied-relationship",
                "threshold",
                "80");
        long target = Accounts.as(analystSession).get("/api/targets").jsonPath().getLong("[0].id");

        JsonPath monitor = Accounts.as(analystSession)
                .get("/api/targets/" + target)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath evaluation = Accounts.as(analystSession)
                .get("/api/lea/plans/" + plan + "/evaluation?year=" + TODAY.getYear())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (String field : List.of(
                "status",
                "latest.waveId",
                "latest.answered",
                "latest.share",
                "latest.lower",
                "latest.upper",
                "trend.size()",
                "slopePerYear")) {
            assertEquals(monitor.getString(field), evaluation.getString("goals[0].target." + field), field);
        }
        assertEquals(0.9, monitor.getDouble("latest.share"), 1e-9, "45 of 50 agree");
        assertEquals("met", monitor.getString("status"));

        int lastYear = TODAY.minusDays(400).getYear();
        JsonPath earlier = Accounts.as(analystSession)
                .get("/api/lea/plans/" + plan + "/evaluation?year=" + lastYear)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                oldWave, earlier.getLong("goals[0].target.latest.waveId"), "only the waves that opened by then count");
        assertEquals(0.6, earlier.getDouble("goals[0].target.latest.share"), 1e-9, "30 of 50 agreed a year earlier");
        assertEquals("not-met", earlier.getString("goals[0].target.status"));
        assertEquals(
                400,
                Accounts.as(analystSession)
                        .get("/api/lea/plans/" + plan + "/evaluation?year=1999")
                        .statusCode());

        Document page = Jsoup.parse(analyst.get("/lea/plans/" + plan + "/evaluation?year=" + TODAY.getYear())
                .asString());
        assertTrue(
                page.select(".goal .status").text().startsWith("gehaald: 90 %"),
                page.select(".goal .status").text());
        assertTrue(page.select(".goal svg title").size() > 0, "the trend chart has a title");

        String csv = analyst.get("/lea/plans/" + plan + "/evaluation.csv?year=" + TODAY.getYear())
                .asString();
        String[] lines = csv.split("\r\n");
        assertEquals(
                "doel,uiterlijk,doel_in_monitor,indicator,drempel,peiling,aandeel,ondergrens,bovengrens,n,status,opmerkingen",
                lines[0]);
        assertTrue(lines[1].startsWith("\"'=HYPERLINK(\"\"http://x\"\") tevreden ouders\",2028-12-31,"), lines[1]);
        assertTrue(lines[1].contains(",0.9000,"), lines[1]);
    }

    @Test
    void boardsReadThePlanAndCommentOnTheEvaluationButDoNotEditIt() {
        long plan = createPlan();
        analyst.get("/lea/plans/" + plan);
        analyst.post("/lea/plans/" + plan + "/goals", "description", "Meer ouders tevreden", "dueDate", "2028-12-31");
        long goal = goalIds(plan).get(0);
        FormClient member = FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, board.id));
        Document page = Jsoup.parse(member.get("/lea/plans/" + plan).asString());
        assertTrue(page.select("form[action*=/sections/]").isEmpty(), "no edit forms for a board");
        assertEquals(
                403,
                member.post("/lea/plans/" + plan + "/sections/vision", "revision", "0", "body", "x")
                        .statusCode());

        member.get("/lea/plans/" + plan + "/evaluation");
        Response empty = member.post(
                "/lea/plans/" + plan + "/evaluation/comments",
                "year",
                String.valueOf(TODAY.getYear()),
                "goalId",
                String.valueOf(goal),
                "body",
                "  ");
        assertEquals(400, empty.statusCode());
        assertTrue(Jsoup.parse(empty.asString()).select("#error-summary").text().contains("Schrijf een opmerking"));
        Response comment = member.post(
                "/lea/plans/" + plan + "/evaluation/comments",
                "year",
                String.valueOf(TODAY.getYear()),
                "goalId",
                String.valueOf(goal),
                "body",
                "Koffieochtenden werken goed");
        assertEquals(303, comment.statusCode());
        JsonPath evaluation = Accounts.as(analystSession)
                .get("/api/lea/plans/" + plan + "/evaluation")
                .jsonPath();
        assertEquals(board.name, evaluation.getString("goals[0].comments[0].organisation"));
        assertEquals("Koffieochtenden werken goed", evaluation.getString("goals[0].comments[0].body"));
        assertNull(evaluation.get("goals[0].target"), "a goal without a target has no figures");

        FormClient stranger = FormClient.loggedIn(accounts.create(
                Role.BOARD_MEMBER, fixtures.board(fixtures.municipality("Elders " + System.nanoTime()), "Elders").id));
        assertEquals(404, stranger.get("/lea/plans/" + plan + "/evaluation").statusCode());
    }

    @Test
    void theInventoryPullsInTheLatestFigures() {
        long plan = createPlan();
        analyst.get("/lea/plans/" + plan);
        assertEquals(303, analyst.post("/lea/plans/" + plan + "/figures").statusCode());
        String inventory = section(plan, "inventory");
        assertTrue(inventory.contains("Cijfers uit de peiling"), inventory);
        assertTrue(inventory.contains("\n- Tevreden over de relatie met school: 90 % ("), inventory);
    }

    @Transactional
    String section(long plan, String key) {
        return (String) Panache.getEntityManager()
                .createNativeQuery("select body from action_plan_section where plan_id = ?1" + " and section = ?2")
                .setParameter(1, plan)
                .setParameter(2, key)
                .getSingleResult();
    }

    @Transactional
    long goals(long plan) {
        return PlanGoal.count("planId", plan);
    }

    @Transactional
    List<Long> goalIds(long plan) {
        return PlanGoal.<PlanGoal>list("planId", plan).stream().map(g -> g.id).toList();
    }
}
