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

    /**
     * The source document's reading against the ladder, on a hand-made case where they differ.
     *
     * <pre>
     * 5 parents   now: information all yes; relation t08-t13, t17, t18 yes; cooperation no
     *             wish: information yes; relation yes except t14, t18 yes for 2 of 5; cooperation t15 t19 t24 t25 yes
     *   information 45/45 = 1.0 -> 45/45 = 1.0; relation 40/55 = 0.7273 -> 47/55 = 0.8545; cooperation 0 -> 20/50 = 0.4
     *   ladder (highest type with at least 50 %): now relation, desired relation
     *   most "yes" (the source's reading): now information, desired information
     *   not wanted: desired under 30 %: t14 t20 t26 t27 t28 t29 t30 (0 %); desired below now: t18 (100 % -> 40 %)
     *   improvement points (gap 1.0 each) by form: meehelpen t19; meedenken t15 t22 t25; meebeslissen t23 t24
     *                                   by level: pupil t15 t22 t23 t24; group t19 t25
     * 5 staff     everything yes, now and desired: the statement table has both sides, t18 at 40 % and 100 % desired
     * </pre>
     */
    @Test
    void theSourcesReadingBesideTheLadderWithWhatIsNotWantedAndPointsByFormAndLevel() {
        var world = fixtures.world();
        String lead = accounts.session(Role.INSTITUTION_LEAD, world.institutionA());
        String parentsLink = Waves.openNow(lead, "school-typology-parents", "link", world.institutionA())
                .getString("institutions[0].link");
        String staffLink = Waves.openNow(lead, "school-typology-staff", "link", world.institutionA())
                .getString("institutions[0].link");
        Set<String> now = union(INFORMATION, List.of("t08", "t09", "t10", "t11", "t12", "t13", "t17", "t18"));
        Set<String> wishedWithoutT18 = union(
                union(INFORMATION, RELATION).stream()
                        .filter(i -> !i.equals("t14") && !i.equals("t18"))
                        .toList(),
                List.of("t15", "t19", "t24", "t25"));
        responses.add(parentsLink, answers(now, union(List.copyOf(wishedWithoutT18), List.of("t18"))), 2);
        responses.add(parentsLink, answers(now, wishedWithoutT18), 3);
        Set<String> everything = union(union(INFORMATION, RELATION).stream().toList(), COOPERATION);
        responses.add(staffLink, answers(everything, everything), 5);
        figures.publish();

        String parents = "sides.find { it.audience == 'parent' }";
        Accounts.as(lead)
                .get("/api/analysis/institutions/" + world.institutionA() + "/typology")
                .then()
                .statusCode(200)
                .body(parents + ".rungs.find { it.id == 'relation' }.current", closeTo(40.0 / 55, 1e-9))
                .body(parents + ".rungs.find { it.id == 'relation' }.desired", closeTo(47.0 / 55, 1e-9))
                .body(parents + ".rungs.find { it.id == 'cooperation' }.desired", closeTo(0.4, 1e-9))
                .body(parents + ".currentRung", equalTo("relation"))
                .body(parents + ".desiredRung", equalTo("relation"))
                .body(parents + ".currentMostYes", equalTo("information"))
                .body(parents + ".desiredMostYes", equalTo("information"))
                .body(parents + ".notWantedBelow", closeTo(0.3, 1e-9))
                .body(
                        parents + ".notWanted.itemId",
                        equalTo(List.of("t14", "t20", "t26", "t27", "t28", "t29", "t30", "t18")))
                .body(parents + ".notWanted.find { it.itemId == 't18' }.current", closeTo(1.0, 1e-9))
                .body(parents + ".notWanted.find { it.itemId == 't18' }.desired", closeTo(0.4, 1e-9))
                .body(parents + ".byInvolvement.id", equalTo(List.of("meehelpen", "meedenken", "meebeslissen")))
                .body(
                        parents + ".byInvolvement.find { it.id == 'meedenken' }.points.itemId",
                        equalTo(List.of("t15", "t22", "t25")))
                .body(
                        parents + ".byInvolvement.find { it.id == 'meebeslissen' }.points.itemId",
                        equalTo(List.of("t23", "t24")))
                .body(parents + ".byLevel.id", equalTo(List.of("pupil", "group")))
                .body(
                        parents + ".byLevel.find { it.id == 'pupil' }.points.itemId",
                        equalTo(List.of("t15", "t22", "t23", "t24")))
                .body(parents + ".byLevel.find { it.id == 'group' }.points.itemId", equalTo(List.of("t19", "t25")))
                .body("sides.find { it.audience == 'staff' }.notWanted", equalTo(List.of()))
                .body("statements", org.hamcrest.Matchers.hasSize(30))
                .body("statements.find { it.itemId == 't18' }.tagLabels", equalTo("Relatiegericht, Meehelpen, School"))
                .body(
                        "statements.find { it.itemId == 't18' }.bySide.find { it.audience == 'parent' }.desired",
                        closeTo(0.4, 1e-9))
                .body(
                        "statements.find { it.itemId == 't18' }.bySide.find { it.audience == 'staff' }.desired",
                        closeTo(1.0, 1e-9));

        String page = Accounts.as(lead)
                .get("/monitor/institutions/" + world.institutionA())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String text : List.of(
                "Het type met de meeste 'ja'",
                "Als trap gelezen",
                "Niet gewenst",
                "minder gewenst dan het nu is: nu 100 %, gewenst 40 %",
                "minder dan 30 % wil dit",
                "Verbeterpunten per vorm van betrokkenheid",
                "Verbeterpunten per niveau",
                "Ouders: nu",
                "Team: gewenst")) {
            org.junit.jupiter.api.Assertions.assertTrue(page.contains(text), "the report shows " + text);
        }
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
