package nl.betrokken.analysis;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
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
 * The typology profile on answers worked out on paper. The ladder in the shipped lists:
 * information t01-t07, t16, t21 (9 statements); relation t08-t14, t17, t18, t22, t23 (11);
 * cooperation t15, t19, t20, t24-t30 (10). A rung is reached at 50 % "yes".
 *
 * <pre>
 * 6 parents   now: information all yes; relation t08-t13 yes, t17 yes for 3 of 6, rest no; cooperation no
 *             wish: information yes; relation yes except t14; cooperation t15, t19, t24 yes
 *   information 54/54 = 1.0 -> 1.0;  relation 39/66 = 0.5909 -> 60/66 = 0.9091;  cooperation 0/60 = 0 -> 18/60 = 0.3
 *   stands on relation, wishes relation; gaps of 1.0: t15 t18 t19 t22 t23 t24, then t17 at 0.5
 * 5 staff     now: information and relation yes, cooperation t15 t19 t20 t24 t25 yes; wish: everything yes
 *   cooperation 25/50 = 0.5 -> 1.0: stands on cooperation already; gaps of 1.0: t26 to t30
 * </pre>
 */
@QuarkusTest
class TypologyProfileTest {

    private static final List<String> INFORMATION =
            List.of("t01", "t02", "t03", "t04", "t05", "t06", "t07", "t16", "t21");
    private static final List<String> RELATION =
            List.of("t08", "t09", "t10", "t11", "t12", "t13", "t14", "t17", "t18", "t22", "t23");
    private static final List<String> COOPERATION =
            List.of("t15", "t19", "t20", "t24", "t25", "t26", "t27", "t28", "t29", "t30");

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    private static Map<String, String> answers(Set<String> yesNow, Set<String> yesWished) {
        Map<String, String> answers = new HashMap<>();
        for (List<String> rung : List.of(INFORMATION, RELATION, COOPERATION)) {
            for (String item : rung) {
                answers.put(item + ":current", yesNow.contains(item) ? "yes" : "no");
                answers.put(item + ":desired", yesWished.contains(item) ? "yes" : "no");
            }
        }
        return answers;
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void parentsAndStaffSideBySideWithTheirImprovementPoints() {
        var world = fixtures.world();
        String lead = accounts.session(Role.INSTITUTION_LEAD, world.institutionA());
        String parentsLink = Waves.openNow(lead, "school-typology-parents", "link", world.institutionA())
                .getString("institutions[0].link");
        String staffLink = Waves.openNow(lead, "school-typology-staff", "link", world.institutionA())
                .getString("institutions[0].link");

        Set<String> nowBase = union(INFORMATION, List.of("t08", "t09", "t10", "t11", "t12", "t13"));
        Set<String> wished = union(
                union(INFORMATION, RELATION).stream()
                        .filter(i -> !i.equals("t14"))
                        .toList(),
                List.of("t15", "t19", "t24"));
        responses.add(parentsLink, answers(union(List.copyOf(nowBase), List.of("t17")), wished), 3);
        responses.add(parentsLink, answers(nowBase, wished), 3);
        Set<String> everything = union(union(INFORMATION, RELATION).stream().toList(), COOPERATION);
        responses.add(
                staffLink,
                answers(
                        union(
                                union(INFORMATION, RELATION).stream().toList(),
                                List.of("t15", "t19", "t20", "t24", "t25")),
                        everything),
                5);
        figures.publish();

        String parents = "sides.find { it.audience == 'parent' }";
        String staff = "sides.find { it.audience == 'staff' }";
        Accounts.as(lead)
                .get("/api/analysis/institutions/" + world.institutionA() + "/typology")
                .then()
                .statusCode(200)
                .body(parents + ".respondents", equalTo(6))
                .body(parents + ".rungs.find { it.id == 'information' }.current", closeTo(1.0, 1e-9))
                .body(parents + ".rungs.find { it.id == 'relation' }.current", closeTo(39.0 / 66, 1e-6))
                .body(parents + ".rungs.find { it.id == 'relation' }.desired", closeTo(60.0 / 66, 1e-6))
                .body(parents + ".rungs.find { it.id == 'cooperation' }.current", closeTo(0.0, 1e-9))
                .body(parents + ".rungs.find { it.id == 'cooperation' }.desired", closeTo(0.3, 1e-6))
                .body(parents + ".rungs.find { it.id == 'cooperation' }.answersDesired", equalTo(60))
                .body(parents + ".currentRung", equalTo("relation"))
                .body(parents + ".desiredRung", equalTo("relation"))
                .body(
                        parents + ".improvementPoints.itemId[0..6]",
                        equalTo(List.of("t15", "t18", "t19", "t22", "t23", "t24", "t17")))
                .body(parents + ".improvementPoints[6].gap", closeTo(0.5, 1e-9))
                .body(parents + ".improvementPoints[0].respondents", equalTo(6))
                .body(staff + ".respondents", equalTo(5))
                .body(staff + ".rungs.find { it.id == 'cooperation' }.current", closeTo(0.5, 1e-9))
                .body(staff + ".currentRung", equalTo("cooperation"))
                .body(staff + ".desiredRung", equalTo("cooperation"))
                .body(staff + ".improvementPoints.itemId[0..4]", equalTo(List.of("t26", "t27", "t28", "t29", "t30")));
    }

    @Test
    void aSmallGroupGetsNoProfile() {
        var world = fixtures.world();
        String lead = accounts.session(Role.INSTITUTION_LEAD, world.institutionA2());
        String link = Waves.openNow(lead, "school-typology-parents", "link", world.institutionA2())
                .getString("institutions[0].link");
        responses.add(link, answers(Set.copyOf(INFORMATION), Set.copyOf(INFORMATION)), 3);
        figures.publish();
        Accounts.as(lead)
                .get("/api/analysis/institutions/" + world.institutionA2() + "/typology")
                .then()
                .statusCode(200)
                .body("sides[0].respondents", equalTo(3))
                .body("sides[0].suppressed", equalTo(true))
                .body("sides[0].rungs", nullValue())
                .body("sides[0].improvementPoints", nullValue());
        String otherLead = accounts.session(Role.INSTITUTION_LEAD, world.institutionB());
        Accounts.as(otherLead)
                .get("/api/analysis/institutions/" + world.institutionA2() + "/typology")
                .then()
                .statusCode(404);
    }
}
