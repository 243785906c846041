package nl.betrokken.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import nl.betrokken.common.time.Dates;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The organisation pages: forms checked as the API checks them, with Dutch errors by their fields. */
@QuarkusTest
class OrganisationPagesTest {

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** The text of the error shown next to a field, as a screen reader reaches it from the field. */
    private static String errorOf(Document page, String field) {
        var input = page.getElementById(field);
        assertTrue(input != null, "the page has a field " + field);
        assertEquals("true", input.attr("aria-invalid"), field + " is marked invalid");
        var error = page.getElementById("err-" + field);
        assertTrue(error != null, "an error stands by " + field);
        assertTrue(input.attr("aria-describedby").contains("err-" + field), "the field points at its error");
        return error.text();
    }

    @Test
    void administratorCreatesMunicipalityBoardAndSchoolOnScreen() {
        FormClient admin = FormClient.loggedIn(accounts.create(Role.ADMINISTRATOR, null));
        admin.get("/app/admin/organisations");
        String name = unique("Gemeente Scherm");

        Response empty = admin.post("/app/admin/organisations/municipalities", "name", "  ", "cbsCode", "0363");
        assertEquals(400, empty.statusCode());
        Document page = Jsoup.parse(empty.asString());
        assertEquals("Vul dit in.", errorOf(page, "name"));
        assertTrue(errorOf(page, "cbsCode").startsWith("Een CBS-gemeentecode is GM met vier cijfers"));
        assertEquals("0363", page.getElementById("cbsCode").val(), "what was typed is kept");
        assertEquals(2, page.select("#error-summary li a").size(), "the summary links to both fields");

        Response created = admin.post("/app/admin/organisations/municipalities", "name", name, "cbsCode", "");
        assertEquals(303, created.statusCode(), created.asString());
        String municipalityPath =
                created.header("Location").replaceFirst("^https?://[^/]+", "").replace("?created=1", "");
        Municipality municipality = fixtures.municipalityNamed(name);

        Response duplicate = admin.post("/app/admin/organisations/municipalities", "name", name.toUpperCase());
        assertEquals(400, duplicate.statusCode());
        assertEquals(
                "Er is al een gemeente met de naam " + name.toUpperCase() + ".",
                errorOf(Jsoup.parse(duplicate.asString()), "name"));

        admin.get(municipalityPath);
        Response board = admin.post(municipalityPath + "/boards", "name", "Stichting Scherm");
        assertEquals(303, board.statusCode(), board.asString());
        Document withBoard = Jsoup.parse(admin.get(municipalityPath).asString());
        String boardId = withBoard.select("#boardId option").first().val();

        Response badSchool = admin.post(
                municipalityPath + "/institutions",
                "boardId",
                boardId,
                "name",
                "De Linde",
                "sector",
                "primary",
                "brinCode",
                "1234");
        assertEquals(400, badSchool.statusCode());
        assertTrue(errorOf(Jsoup.parse(badSchool.asString()), "brinCode").startsWith("Een BRIN-code is twee cijfers"));

        Response school = admin.post(
                municipalityPath + "/institutions",
                "boardId",
                boardId,
                "name",
                "De Linde",
                "sector",
                "primary",
                "brinCode",
                "12ab");
        assertEquals(303, school.statusCode(), school.asString());
        Document schoolPage = Jsoup.parse(admin.follow(school).asString());
        assertEquals("De Linde", schoolPage.selectFirst("h1").text());
        assertEquals("12AB", schoolPage.getElementById("brinCode").val(), "codes are stored in capitals");

        Response badCount = admin.post(
                schoolPath(school),
                "boardId",
                boardId,
                "name",
                "De Linde",
                "sector",
                "primary",
                "brinCode",
                "12AB",
                "parentCount",
                "veel");
        assertEquals(400, badCount.statusCode());
        assertEquals(
                "Vul een heel getal in, zonder letters of komma.",
                errorOf(Jsoup.parse(badCount.asString()), "parentCount"));
        Response counted = admin.post(
                schoolPath(school),
                "boardId",
                boardId,
                "name",
                "De Linde",
                "sector",
                "primary",
                "brinCode",
                "12AB",
                "parentCount",
                "240");
        assertEquals(303, counted.statusCode(), counted.asString());
        assertEquals(240, fixtures.institutionNamed(municipality.id, "De Linde").parentCount);
        Document settings =
                Jsoup.parse(admin.get("/app/admin/settings/" + municipality.id).asString());
        String row = settings.select("tbody tr").stream()
                .filter(r -> r.text().contains("De Linde"))
                .findFirst()
                .orElseThrow()
                .text();
        assertTrue(
                row.contains("240")
                        && row.contains("ingevuld")
                        && row.contains(Dates.today().format(DateTimeFormatter.ofPattern("d-M-yyyy"))),
                "the settings page says where the number comes from and since when: " + row);
    }

    private static String schoolPath(Response created) {
        return created.header("Location").replaceFirst("^https?://[^/]+", "").replace("?created=1", "");
    }

    @Test
    void anAnalystKeepsTheSchoolsOfItsOwnMunicipalityOnly() {
        Fixtures.World world = fixtures.world();
        FormClient analyst = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        Response overview = analyst.get("/app/admin/organisations");
        assertEquals(303, overview.statusCode(), "an analyst's overview is its own municipality");
        assertTrue(overview.header("Location")
                .endsWith("/app/admin/organisations/municipalities/" + world.municipalityA()));

        Document own = Jsoup.parse(analyst.get("/app/admin/organisations/municipalities/" + world.municipalityA())
                .asString());
        assertTrue(own.select("#edit-municipality").isEmpty(), "only an administrator renames a municipality");
        Response school = analyst.post(
                "/app/admin/organisations/municipalities/" + world.municipalityA() + "/institutions",
                "boardId",
                String.valueOf(world.boardA()),
                "name",
                unique("Eigen school"),
                "sector",
                "secondary");
        assertEquals(303, school.statusCode(), school.asString());

        assertEquals(
                404,
                analyst.get("/app/admin/organisations/municipalities/" + world.municipalityB())
                        .statusCode());
        Response elsewhere = analyst.post(
                "/app/admin/organisations/municipalities/" + world.municipalityA() + "/institutions",
                "boardId",
                String.valueOf(world.boardB()),
                "name",
                unique("Andermans school"),
                "sector",
                "primary");
        assertEquals(400, elsewhere.statusCode(), "a board of another municipality cannot be chosen");
        assertEquals(
                "Kies een van de mogelijkheden uit de lijst.", errorOf(Jsoup.parse(elsewhere.asString()), "boardId"));
        assertEquals(
                403,
                analyst.post("/app/admin/organisations/municipalities", "name", unique("Eigen gemeente"))
                        .statusCode(),
                "only an administrator makes municipalities");

        FormClient board = FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, world.boardA()));
        assertEquals(
                403,
                board.get("/app/admin/organisations/municipalities/" + world.municipalityA())
                        .statusCode());
    }

    @Test
    void anArchivedSchoolKeepsItsPageButJoinsNoNewWave() {
        Fixtures.World world = fixtures.world();
        String admin = accounts.create(Role.ADMINISTRATOR, null);
        FormClient pages = FormClient.loggedIn(admin);
        long school = world.institutionA();
        String schoolName = fixtures.institutionById(school).name;
        pages.get("/app/admin/organisations/institutions/" + school);
        Response archived =
                pages.post("/app/admin/organisations/institutions/" + school + "/archive", "archived", "true");
        assertEquals(303, archived.statusCode());
        assertTrue(Jsoup.parse(pages.follow(archived).asString())
                .selectFirst("h1")
                .text()
                .endsWith("(gearchiveerd)"));

        String newWave = pages.get("/app/waves/new").asString();
        assertFalse(newWave.contains("value=\"" + school + "\""), "an archived school is not offered for a new wave");
        Response refused = Accounts.as(Accounts.login(admin))
                .body(Map.of(
                        "name",
                        "Na het archiveren",
                        "questionnaireId",
                        "parent-baseline",
                        "opensOn",
                        LocalDate.now().toString(),
                        "closesOn",
                        LocalDate.now().plusDays(7).toString(),
                        "access",
                        "link",
                        "institutionIds",
                        java.util.List.of(school)))
                .post("/api/waves");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("archived"), refused.asString());

        Response restored =
                pages.post("/app/admin/organisations/institutions/" + school + "/archive", "archived", "false");
        assertEquals(303, restored.statusCode());
        assertTrue(pages.get("/app/waves/new").asString().contains(schoolName));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        FormClient admin = FormClient.loggedIn(accounts.create(Role.ADMINISTRATOR, null));
        String name = unique("Gemeente Zonder Token");
        Response forged = io.restassured.RestAssured.given()
                .redirects()
                .follow(false)
                .cookie("betrokken_session", admin.cookie("betrokken_session"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("name", name)
                .post("/app/admin/organisations/municipalities");
        assertTrue(forged.statusCode() == 400 || forged.statusCode() == 403, "refused: " + forged.statusCode());
        assertThrows(AssertionError.class, () -> fixtures.municipalityNamed(name), "nothing was created");
    }
}
