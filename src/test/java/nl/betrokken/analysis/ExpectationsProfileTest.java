package nl.betrokken.analysis;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.Test;

/**
 * Mutual expectations worked out on paper: 5 parents and 5 team members; every expectation happens
 * and matters for everyone, except (yes out of 5, happens / matters):
 *
 * <pre>
 *                     parents  team    unmet (matters at least half, happens at least 20 points lower)
 * child-progress      1 / 5    5 / 5   parents (0.2 against 1.0)
 * informal-contact    1 / 2    5 / 5   nobody: only 2 of 5 parents say it matters
 * teacher-first       4 / 5    5 / 5   parents, exactly at the gap (0.8 against 1.0)
 * reads-news          5 / 5    2 / 5   team
 * privacy             0 / 5    2 / 5   parents and team
 * </pre>
 */
@QuarkusTest
class ExpectationsProfileTest {

    private static final List<String> STATEMENTS = List.of(
            "school-plans",
            "open-talk",
            "informal-contact",
            "child-progress",
            "clear-expectations",
            "welcome",
            "knows-child-best",
            "good-start",
            "questions-answered",
            "decisions-explained",
            "info-about-child",
            "reads-news",
            "attends-meetings",
            "respects-teacher",
            "teacher-first",
            "learning-at-home",
            "helps-activities",
            "privacy",
            "reports-bullying",
            "on-time",
            "reports-sickness");

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    /** Everything yes, except the statements named: happens "no", and matters "no" for those in the second set. */
    private static Map<String, String> answers(Set<String> notHappening, Set<String> notMattering) {
        Map<String, String> answers = new HashMap<>();
        for (String statement : STATEMENTS) {
            answers.put(statement + ":happens", notHappening.contains(statement) ? "no" : "yes");
            answers.put(statement + ":matters", notMattering.contains(statement) ? "no" : "yes");
        }
        return answers;
    }

    @Test
    void whatMattersButDoesNotHappenFromBothSides() {
        var world = fixtures.world();
        String lead = accounts.session(Role.INSTITUTION_LEAD, world.institutionA());
        String parents = Waves.openNow(lead, "mutual-expectations-parents", "link", world.institutionA())
                .getString("institutions[0].link");
        String team = Waves.openNow(lead, "mutual-expectations-staff", "link", world.institutionA())
                .getString("institutions[0].link");
        // parent 1: everything happens but privacy; child progress and informal contact happen for parent 1 only,
        // informal contact matters to parents 1 and 2 only, teacher first happens for all but parent 3
        responses.add(parents, answers(Set.of("privacy"), Set.of()));
        responses.add(parents, answers(Set.of("child-progress", "informal-contact", "privacy"), Set.of()));
        responses.add(
                parents,
                answers(
                        Set.of("child-progress", "informal-contact", "privacy", "teacher-first"),
                        Set.of("informal-contact")),
                1);
        responses.add(
                parents,
                answers(Set.of("child-progress", "informal-contact", "privacy"), Set.of("informal-contact")),
                2);
        responses.add(team, answers(Set.of(), Set.of()), 2);
        responses.add(team, answers(Set.of("reads-news", "privacy"), Set.of()), 3);
        figures.publish();

        String parentShare = ".bySide.find { it.audience == 'parent' }";
        Accounts.as(lead)
                .get("/api/analysis/institutions/" + world.institutionA() + "/expectations")
                .then()
                .statusCode(200)
                .body("sides.audience", org.hamcrest.Matchers.containsInAnyOrder("parent", "staff"))
                .body("sides.find { it.audience == 'parent' }.respondents", equalTo(5))
                .body("expectations", org.hamcrest.Matchers.hasSize(21))
                .body(
                        "expectations.find { it.itemId == 'child-progress' }" + parentShare + ".happens",
                        closeTo(0.2, 1e-9))
                .body(
                        "expectations.find { it.itemId == 'child-progress' }" + parentShare + ".matters",
                        closeTo(1.0, 1e-9))
                .body(
                        "expectations.find { it.itemId == 'informal-contact' }" + parentShare + ".matters",
                        closeTo(0.4, 1e-9))
                .body(
                        "expectations.find { it.itemId == 'teacher-first' }" + parentShare + ".happens",
                        closeTo(0.8, 1e-9))
                .body(
                        "expectations.find { it.itemId == 'reads-news' }.bySide.find { it.audience == 'staff' }.happens",
                        closeTo(0.4, 1e-9))
                .body("unmet.itemId", equalTo(List.of("child-progress", "reads-news", "teacher-first", "privacy")))
                .body("unmet.find { it.itemId == 'child-progress' }.audiences", equalTo(List.of("parent")))
                .body("unmet.find { it.itemId == 'teacher-first' }.audiences", equalTo(List.of("parent")))
                .body("unmet.find { it.itemId == 'reads-news' }.audiences", equalTo(List.of("staff")))
                .body(
                        "unmet.find { it.itemId == 'privacy' }.audiences",
                        org.hamcrest.Matchers.containsInAnyOrder("parent", "staff"))
                .body(
                        "unmet.find { it.itemId == 'reads-news' }.directionLabel",
                        equalTo("Wat de school van ouders verwacht"));

        String page = Accounts.as(lead)
                .get("/monitor/institutions/" + world.institutionA())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String text : List.of(
                "Wat verwachten ouders en school van elkaar?",
                "Belangrijk, maar het gebeurt te weinig",
                "De school vertelt mij goed hoe mijn kind vooruitgaat.",
                "volgens team",
                "Ouders: gebeurt",
                "Team: belangrijk")) {
            assertTrue(page.contains(text), "the report shows " + text);
        }
        assertTrue(
                page.contains("volgens ouders en team") || page.contains("volgens team en ouders"),
                "privacy is unmet on both sides");

        // the school turns an unmet expectation into an action of its improvement plan
        String form = Accounts.as(lead)
                .get("/app/school-plans/" + world.institutionA() + "/actions/new")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(form.contains("Verwachtingen volgens ouders"), form);
        assertTrue(form.contains("Belangrijk, maar gebeurt te weinig: gebeurt 20 %, belangrijk 100 %."), form);
        Accounts.as(lead)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of(
                        "statements",
                        List.of(Map.of("questionnaireId", "mutual-expectations-parents", "itemId", "child-progress")),
                        "text",
                        "Elke maand een kort bericht aan ouders over wat hun kind leerde",
                        "owner",
                        "Groepsleerkrachten",
                        "dueDate",
                        "2027-06-30"))
                .post("/api/school-plans/" + world.institutionA() + "/actions")
                .then()
                .statusCode(201);
        Accounts.as(lead)
                .get("/api/school-plans/" + world.institutionA())
                .then()
                .statusCode(200)
                .body("actions[0].statements[0].itemId", equalTo("child-progress"))
                .body("actions[0].statements[0].currentBefore.share", closeTo(0.2, 1e-9));
    }
}
