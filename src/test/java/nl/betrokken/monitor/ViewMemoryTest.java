package nl.betrokken.monitor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.Parents;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monitor's pages kept in memory: the same page for everyone who sees the same organisations until a publication,
 * a staff change or the memory's life ends it (that last in {@link ViewMemoryLifeTest}); never a page for someone who may not see it. Names are
 * changed straight in the database here, as another instance of the service would, so that only the memory can
 * explain an old name on the page.
 */
@QuarkusTest
class ViewMemoryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    Figures figures;

    @Inject
    EntityManager entityManager;

    private Municipality municipality;
    private Board board;
    private Institution school;
    private Institution otherSchool;
    private String analyst;
    private long wave;
    private String link;

    @BeforeEach
    void aWaveWithAnswers() {
        municipality = fixtures.municipality("Gemeente Geheugen " + System.nanoTime());
        board = fixtures.board(municipality, "Bestuur Geheugen");
        school = fixtures.institution(board, "School Geheugen", Sector.PRIMARY);
        otherSchool = fixtures.institution(board, "School Elders", Sector.PRIMARY);
        analyst = accounts.session(Role.MUNICIPALITY_ANALYST, municipality.id);
        JsonPath opened = Waves.openNow(analyst, "parent-baseline", "link", school.id, otherSchool.id);
        wave = opened.getLong("id");
        link = opened.getString("institutions.find { it.institutionId == " + school.id + " }.link")
                .replaceFirst("^https?://[^/]+", "");
        Parents.answer(link, "primary", "agree");
    }

    @Test
    void thePageIsKeptUntilAPublicationAndParentsAnsweringDoNotEmptyIt() {
        String dashboard = "/monitor/municipalities/" + municipality.id + "?wave=" + wave;
        page(analyst, dashboard).body(containsString(municipality.name));

        rename("municipality", municipality.id, "Gemeente Hernoemd");
        page(analyst, dashboard).body(containsString(municipality.name)).body(not(containsString("Gemeente Hernoemd")));
        for (int parent = 0; parent < 4; parent++) {
            Parents.answer(link, "primary", "disagree");
        }
        page(analyst, dashboard).body(not(containsString("Gemeente Hernoemd")));

        assertTrue(figures.publish(wave).published() > 0, "five answers: enough for a first publication");
        page(analyst, dashboard).body(containsString("Gemeente Hernoemd"));
    }

    @Test
    void aStaffChangeEmptiesTheMemoryOnceItIsAnswered() {
        String boardPage = "/monitor/boards/" + board.id + "?wave=" + wave;
        page(analyst, boardPage).body(containsString("Bestuur Geheugen"));
        rename("institution", school.id, "School Hernoemd");
        String report = "/monitor/institutions/" + school.id + "?wave=" + wave;
        page(analyst, report).body(containsString("School Hernoemd"));

        Accounts.as(analyst)
                .body(Map.of("municipalityId", municipality.id, "name", "Bestuur Nieuw"))
                .put("/api/organisations/boards/" + board.id)
                .then()
                .statusCode(200);
        page(analyst, boardPage).body(containsString("Bestuur Nieuw"));
    }

    /** Whoever may not see a school gets no remembered page of it, whoever computed it first. */
    @Test
    void whatMayBeSeenIsCheckedBeforeAPageIsLookedUp() {
        String admin = accounts.session(Role.ADMINISTRATOR, null);
        String report = "/monitor/institutions/" + school.id + "?wave=" + wave;
        String boardPage = "/monitor/boards/" + board.id + "?wave=" + wave;
        String dashboard = "/monitor/municipalities/" + municipality.id + "?wave=" + wave;
        page(admin, report).body(containsString("School Geheugen"));
        page(admin, boardPage).body(containsString("Bestuur Geheugen"));
        page(admin, dashboard).body(containsString(municipality.name));

        String otherLead = accounts.session(Role.INSTITUTION_LEAD, otherSchool.id);
        Accounts.as(otherLead).get(report).then().statusCode(404);
        Municipality elsewhere = fixtures.municipality("Gemeente Elders " + System.nanoTime());
        Board otherBoard = fixtures.board(elsewhere, "Bestuur Elders");
        Accounts.as(accounts.session(Role.BOARD_MEMBER, otherBoard.id))
                .get(boardPage)
                .then()
                .statusCode(404);
        Accounts.as(accounts.session(Role.MUNICIPALITY_ANALYST, elsewhere.id))
                .get(dashboard)
                .then()
                .statusCode(404);
        page(accounts.session(Role.INSTITUTION_LEAD, school.id), report).body(containsString("School Geheugen"));
    }

    private static io.restassured.response.ValidatableResponse page(String session, String path) {
        return Accounts.as(session).get(path).then().statusCode(200);
    }

    private void rename(String table, long id, String name) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("update " + table + " set name = :name where id = :id")
                        .setParameter("name", name)
                        .setParameter("id", id)
                        .executeUpdate());
    }
}
