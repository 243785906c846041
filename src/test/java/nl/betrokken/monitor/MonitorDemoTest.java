package nl.betrokken.monitor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.analysis.WaveResults;
import nl.betrokken.demo.DemoData;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.DemoProfile;
import org.junit.jupiter.api.Test;

/** The monitor on the demo data a newcomer sees: targets with three outcomes, charts with text, scope per role. */
@QuarkusTest
@TestProfile(DemoProfile.class)
class MonitorDemoTest {

    static String login(String username) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", DemoData.PASSWORD))
                .post("/api/session")
                .then()
                .statusCode(200)
                .extract()
                .cookie("betrokken_session");
    }

    /** The closed baseline went out through three channels too; its channel page shows whom each reached. */
    @Test
    void theDemoBaselineShowsWhomEachChannelReached() {
        String analyst = login("gemeente@rijnstede.example");
        long wave = Accounts.as(analyst)
                .get("/api/waves")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.name == 'Nulmeting ouders (demo)' }.id");
        var report = Accounts.as(analyst)
                .get("/api/analysis/waves/" + wave + "/channels")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(true, report.getBoolean("answersPublished"), "the baseline is closed and published");
        int keyPersons = report.getInt("channels.find { it.name == 'Sleutelfiguren van het Taalhuis' }.respondents");
        assertTrue(keyPersons > 0, "the key persons reached parents");
        assertEquals(keyPersons, report.getInt("ways.find { it.way == 'assisted' }.respondents"), "all with help");
        List<Boolean> shown =
                report.getList("channels.makeUp.flatten().findAll { it.itemId == 'home-language' }.suppressed");
        assertTrue(shown.contains(false), "some channel's make-up is shown: " + shown);
        Accounts.as(analyst)
                .get("/monitor/waves/" + wave + "/channels")
                .then()
                .statusCode(200)
                .body(containsString("Bibliotheek Rijnstede"))
                .body(containsString("Wie elk kanaal bereikte"));
    }

    @Test
    void theDemoTargetsComeOutMetNotMetAndUndetermined() {
        String analyst = login("gemeente@rijnstede.example");
        List<String> statuses = Accounts.as(analyst)
                .get("/api/targets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("status");
        assertEquals(Set.of("met", "not-met", "undetermined"), Set.copyOf(statuses));
        assertEquals(4, statuses.size(), "three on the parents' baseline, one on the institutions' baseline");
    }

    @Test
    void theDemoSchoolReportReadsTheTypeTwoWaysAndShowsUnmetExpectationsFromBothSides() {
        String lead = login("school@rijnstede.example");
        long institution =
                Accounts.as(lead).get("/api/me").then().extract().jsonPath().getLong("institutionId");
        String report = Accounts.as(lead)
                .get("/monitor/institutions/" + institution)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String text : List.of(
                "Het type met de meeste 'ja'",
                "Als trap gelezen",
                "Verbeterpunten per vorm van betrokkenheid",
                "Belangrijk, maar het gebeurt te weinig",
                "De school vertelt mij goed hoe mijn kind vooruitgaat.",
                "volgens ouders",
                "volgens team")) {
            assertTrue(report.contains(text), "the demo school report shows " + text);
        }
        String analyst = login("gemeente@rijnstede.example");
        var waves = Accounts.as(analyst).get("/api/waves").then().extract().jsonPath();
        long needs = waves.getLong("find { it.name == 'Wat ouders nodig hebben (demo)' }.id");
        long municipality = waves.getLong("find { it.name == 'Wat ouders nodig hebben (demo)' }.municipalityId");
        Accounts.as(analyst)
                .get("/monitor/municipalities/" + municipality + "?wave=" + needs)
                .then()
                .statusCode(200)
                .body(containsString("Keuzevragen"))
                .body(containsString("Wil bereikt worden via een gesprek of een vertrouwd persoon"))
                .body(not(containsString("Thema's A–D")));
    }

    @Test
    void theDemoInstitutionBaselineIsShownPerSchoolWithOneColumnStillEmpty() {
        String analyst = login("gemeente@rijnstede.example");
        long wave = Accounts.as(analyst)
                .get("/api/waves")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.name == 'Nulmeting instellingen (demo)' }.id");
        var table = Accounts.as(analyst)
                .get("/api/analysis/waves/" + wave + "/institutions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Integer> responses = table.getList("institutions.responses");
        assertTrue(responses.size() >= 3, "every demo school is a column");
        assertEquals(
                responses.size() - 1, responses.stream().filter(n -> n == 1).count(), "all but one answered once");
        assertTrue(table.getList("sections.rows.flatten().find { it.itemId == 'contact-person' }.answers")
                .contains("Ja"));
        Accounts.as(analyst)
                .get("/monitor/waves/" + wave + "/institutions")
                .then()
                .statusCode(200)
                .body(containsString("Antwoorden per instelling"))
                .body(containsString("Basisschool De Klimop"));
    }

    @Test
    void theMunicipalityDashboardShowsTargetsIndicatorsReachAndThemes() {
        String analyst = login("gemeente@rijnstede.example");
        long municipality =
                Accounts.as(analyst).get("/api/me").then().extract().jsonPath().getLong("municipalityId");
        String page = Accounts.as(analyst)
                .get("/monitor/municipalities/" + municipality)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String text : List.of(
                "gehaald",
                "niet gehaald",
                "nog niet te zeggen",
                "Sinds de nulmeting",
                "Respons per school",
                "niet getoond",
                "Thema's A–D",
                "Basisschool De Klimop")) {
            assertTrue(page.contains(text), "the dashboard shows " + text);
        }
        assertTrue(
                page.contains("<td>Basisonderwijs</td>") && !page.contains("<td>primary</td>"),
                "the response table names the sector in Dutch");
        assertTrue(
                page.contains("<th scope=\"row\">Basisonderwijs</th>")
                        && !page.contains("<th scope=\"row\">primary</th>"),
                "and so do the figures per sector");
        int charts = page.split("<svg class=\"chart", -1).length - 1;
        int described = page.split("role=\"img\" aria-labelledby=", -1).length - 1;
        assertTrue(charts >= 10, "charts: " + charts);
        assertEquals(charts, described, "every chart has a title and a description");
        assertTrue(
                page.split("<table class=\"data\"", -1).length - 1 >= charts / 2,
                "the numbers behind the charts as tables");

        String secondary = Accounts.as(analyst)
                .get("/monitor/municipalities/" + municipality + "?sector=secondary")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(secondary.contains("Rijnstede College"));
        assertTrue(!secondary.contains("<th scope=\"row\">Basisschool De Regenboog</th>"), "the sector filter applies");
    }

    @Test
    void aBoardSeesItsSchoolsSideBySide() {
        String board = login("bestuur@rijnstede.example");
        long id = Accounts.as(board).get("/api/me").then().extract().jsonPath().getLong("boardId");
        Accounts.as(board)
                .get("/monitor/boards/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Basisschool De Regenboog"))
                .body(containsString("Kindcentrum De Boomgaard"))
                .body(not(containsString("Rijnstede College")));
        Accounts.as(board)
                .redirects()
                .follow(false)
                .get("/monitor")
                .then()
                .statusCode(303)
                .header("Location", containsString("/monitor/boards/" + id));
    }

    @Test
    void aSchoolLeadReadsTheReportAndNothingElse() {
        String lead = login("school@rijnstede.example");
        long school =
                Accounts.as(lead).get("/api/me").then().extract().jsonPath().getLong("institutionId");
        Accounts.as(lead)
                .get("/monitor/institutions/" + school)
                .then()
                .statusCode(200)
                .body(containsString("Wat voor school zijn we"))
                .body(containsString("Verbeterpunten"))
                .body(containsString("Schooltype: nu en gewenst"))
                .body(containsString("Ouders ("))
                .body(containsString("Team ("));
        Accounts.as(lead).get("/monitor/municipalities/1").then().statusCode(403);
        long other = Accounts.as(login("gemeente@rijnstede.example"))
                .get("/api/organisations/institutions")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.name == 'Rijnstede College' }.id");
        Accounts.as(lead).get("/monitor/institutions/" + other).then().statusCode(404);
    }

    @Test
    void theTopTwoShareLeavesOutTheItemsOwnDontKnowOption() {
        List<WaveResults.OptionCount> options = List.of(
                new WaveResults.OptionCount("1", "oneens", 2, 0.2),
                new WaveResults.OptionCount("2", "neutraal", 2, 0.2),
                new WaveResults.OptionCount("3", "eens", 3, 0.3),
                new WaveResults.OptionCount("4", "helemaal eens", 1, 0.1),
                new WaveResults.OptionCount("not-applicable", "weet ik niet", 2, 0.2));
        assertEquals(
                "50 %", MonitorExtensions.topTwo(scale(options, "not-applicable")), "4 of the 8 who gave an opinion");
        List<WaveResults.OptionCount> knowing = List.of(
                new WaveResults.OptionCount("1", "nee", 1, 0.25),
                new WaveResults.OptionCount("2", "een beetje", 1, 0.25),
                new WaveResults.OptionCount("know-well", "goed", 2, 0.5));
        assertEquals(
                "75 %",
                MonitorExtensions.topTwo(scale(knowing, null)), "an ordinary answer is never taken for don't know");
    }

    private static WaveResults.ItemResult scale(List<WaveResults.OptionCount> options, String notApplicable) {
        long answered =
                options.stream().mapToLong(WaveResults.OptionCount::respondents).sum();
        return new WaveResults.ItemResult(
                "a1",
                "a1",
                null,
                "Stelling",
                "scale",
                Map.of(),
                answered,
                options,
                notApplicable,
                2.5,
                1.0,
                false,
                null,
                3,
                null);
    }
}
