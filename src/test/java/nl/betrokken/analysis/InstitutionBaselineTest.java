package nl.betrokken.analysis;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
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
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The institution baseline is answered by each school about its own policy, once: below any
 * threshold for people, and not about people. A hand-made municipality of five schools on two
 * boards; "contact person for parents" (indicator has-contact-person):
 *
 * <pre>
 * school  board  sector     answers              counts as
 * P1      1      primary    yes                  yes
 * P2      1      preschool  yes                  yes
 * S1      2      secondary  no                   no
 * S3      2      secondary  yes, no (two people) no: not more than half of its answers
 * S2      2      secondary  (none)               not counted
 * institutions: 2 of the 4 that answered; answers: 3 of 5
 * </pre>
 */
@QuarkusTest
class InstitutionBaselineTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final String CONTACT = "indicators.find { it.id == 'has-contact-person' }";

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    private long municipalityId;
    private String analyst;
    private String boardOne;
    private long wave;
    private Institution p1;
    private Institution s2;

    @BeforeEach
    void municipality() {
        Municipality municipality = fixtures.municipality("Gemeente Beleid " + System.nanoTime());
        Board one = fixtures.board(municipality, "Bestuur Een");
        Board two = fixtures.board(municipality, "Bestuur Twee");
        p1 = fixtures.institution(one, "P1", Sector.PRIMARY);
        Institution p2 = fixtures.institution(one, "P2", Sector.PRESCHOOL);
        Institution s1 = fixtures.institution(two, "S1", Sector.SECONDARY);
        s2 = fixtures.institution(two, "S2", Sector.SECONDARY);
        Institution s3 = fixtures.institution(two, "S3", Sector.SECONDARY);
        municipalityId = municipality.id;
        analyst = accounts.session(Role.MUNICIPALITY_ANALYST, municipality.id);
        boardOne = accounts.session(Role.BOARD_MEMBER, one.id);
        JsonPath opened = Waves.open(
                analyst,
                "institution-baseline",
                "link",
                TODAY.minusDays(1),
                TODAY.plusDays(30),
                p1.id,
                p2.id,
                s1.id,
                s2.id,
                s3.id);
        wave = opened.getLong("id");
        responses.add(
                link(opened, p1.id),
                Map.of(
                        "sector", "primary",
                        "contact-person", "yes",
                        "quality-mark", "has",
                        "information-channels", List.of("newsletter", "app"),
                        "remarks", "Onze coördinator is juf Annemiek"));
        responses.add(
                link(opened, p2.id),
                Map.of(
                        "sector",
                        "preschool",
                        "contact-person",
                        "yes",
                        "quality-mark",
                        "working-towards",
                        "early-years-criteria",
                        "partly"));
        responses.add(link(opened, s1.id), Map.of("sector", "secondary", "contact-person", "no", "quality-mark", "no"));
        responses.add(link(opened, s3.id), Map.of("sector", "secondary", "contact-person", "yes"));
        responses.add(link(opened, s3.id), Map.of("sector", "secondary", "contact-person", "no"));
        figures.publish();
    }

    private static String link(JsonPath wave, long institution) {
        return wave.getString("institutions.find { it.institutionId == " + institution + " }.link");
    }

    @Test
    void everyInstitutionsFigureIsShownAndIndicatorsCountInstitutions() {
        Accounts.as(analyst)
                .get("/api/analysis/waves/" + wave)
                .then()
                .statusCode(200)
                .body("audience", equalTo("institution"))
                .body("threshold", equalTo(1))
                .body(CONTACT + ".institutions.positive", equalTo(2))
                .body(CONTACT + ".institutions.counted", equalTo(4))
                .body(CONTACT + ".overall.positive", equalTo(3))
                .body(CONTACT + ".overall.answered", equalTo(5))
                .body(CONTACT + ".byInstitution.find { it.group == 'P1' }.suppressed", equalTo(false))
                .body(CONTACT + ".byInstitution.find { it.group == 'P1' }.share", closeTo(1.0, 1e-9))
                .body(CONTACT + ".byInstitution.find { it.group == 'S1' }.share", closeTo(0.0, 1e-9))
                .body(CONTACT + ".byInstitution.find { it.group == 'S2' }.withheld", equalTo("too-few-answers"))
                .body("indicators.find { it.id == 'has-quality-mark' }.institutions.positive", equalTo(1))
                .body("indicators.find { it.id == 'has-quality-mark' }.institutions.counted", equalTo(3))
                .body("indicators.find { it.id == 'meets-early-years-criteria' }.institutions.counted", equalTo(1));
    }

    @Test
    void theTableHasEachInstitutionsOwnAnswersAndNoOpenText() {
        JsonPath table = Accounts.as(analyst)
                .get("/api/analysis/waves/" + wave + "/institutions")
                .then()
                .statusCode(200)
                .body("institutions.name", equalTo(List.of("P1", "P2", "S1", "S2", "S3")))
                .body("institutions.find { it.name == 'S2' }.responses", equalTo(0))
                .body("institutions.find { it.name == 'S3' }.responses", equalTo(2))
                .extract()
                .jsonPath();
        String contact = "sections.rows.flatten().find { it.itemId == 'contact-person' }.answers";
        assertEquals(List.of("Ja", "Ja", "Nee", "", "Ja (1×), Nee (1×)"), table.getList(contact));
        assertEquals(
                List.of("Ja, de instelling heeft een keurmerk", "Nee, maar de instelling werkt eraan", "Nee", "", ""),
                table.getList("sections.rows.flatten().find { it.itemId == 'quality-mark' }.answers"));
        assertEquals(
                "Nieuwsbrief, Ouderapp of ouderportaal",
                table.getList("sections.rows.flatten().find { it.itemId == 'information-channels' }.answers")
                        .get(0));
        String body = table.prettify();
        assertFalse(body.contains("Annemiek"), "what someone wrote in their own words is no figure");
        assertFalse(body.contains("\"remarks\""), "open questions have no row");

        String page = Accounts.as(analyst)
                .get("/monitor/waves/" + wave + "/institutions")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("Ja (1×), Nee (1×)"), page);
        assertTrue(page.contains("2 van de 4 instellingen"), "the indicator counted in institutions");
        assertFalse(page.contains("Annemiek"));
        Accounts.as(analyst)
                .get("/monitor/municipalities/" + municipalityId + "?wave=" + wave)
                .then()
                .statusCode(200)
                .body(containsString("5 ingevulde vragenlijsten"))
                .body(containsString("bekijk de antwoorden per instelling"))
                .body(not(containsString("ouders antwoordden")));
    }

    @Test
    void aBoardSeesItsOwnSchoolsOnly() {
        Accounts.as(boardOne)
                .get("/api/analysis/waves/" + wave + "/institutions")
                .then()
                .statusCode(200)
                .body("institutions.name", equalTo(List.of("P1", "P2")));
        Accounts.as(boardOne)
                .get("/api/analysis/waves/" + wave)
                .then()
                .statusCode(200)
                .body(CONTACT + ".institutions.positive", equalTo(2))
                .body(CONTACT + ".institutions.counted", equalTo(2));
        Accounts.as(boardOne)
                .get("/monitor/waves/" + wave + "/institutions")
                .then()
                .statusCode(200)
                .body(not(containsString("S1")));
        String lead = accounts.session(Role.INSTITUTION_LEAD, p1.id);
        Accounts.as(lead)
                .get("/api/analysis/waves/" + wave + "/institutions")
                .then()
                .statusCode(200)
                .body("institutions.name", equalTo(List.of("P1")));
    }

    @Test
    void aParentQuestionnaireIsNeverShownPerRespondent() {
        long parents = Waves.openNow(analyst, "parent-baseline", "link", p1.id).getLong("id");
        Accounts.as(analyst)
                .get("/api/analysis/waves/" + parents + "/institutions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("wave"))
                .body("errors[0].message", containsString("only for questionnaires institutions or partners answer"));
    }

    @Test
    void aTargetOnAnInstitutionIndicatorHasAValueAndTheRowsNameEverySchool() throws Exception {
        long target = Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Elke school een contactpersoon",
                        "questionnaireId", "institution-baseline",
                        "indicatorId", "has-contact-person",
                        "threshold", 1.0,
                        "deadline", "2028-12-31"))
                .post("/api/targets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Accounts.as(analyst)
                .get("/api/targets/" + target)
                .then()
                .statusCode(200)
                .body("latest.suppressed", equalTo(false))
                .body("latest.share", closeTo(0.6, 1e-9));

        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .post("/api/waves/" + wave + "/close")
                .then()
                .statusCode(200);
        String rows = Accounts.as(analyst)
                .get("/api/exports/waves/" + wave + "/responses.csv?layout=wide")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String school : List.of("P1", "P2", "S1", "S3")) {
            assertTrue(rows.contains(school), "an institution is named on its own rows: " + school);
        }
        assertTrue(rows.contains("Annemiek"), "the municipality gets what was written, in the rows of a closed wave");
        assertFalse(rows.contains(s2.name + ","), "no rows for a school that did not answer");
    }
}
