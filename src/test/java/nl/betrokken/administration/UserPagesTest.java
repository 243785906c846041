package nl.betrokken.administration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.betrokken.security.Role;
import nl.betrokken.security.SessionCookie;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Accounts on screen: invitations, temporary passwords, roles bound to the tree, deactivation, last login. */
@QuarkusTest
class UserPagesTest {

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    private static String username() {
        return "nieuw-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example";
    }

    private static String path(Response redirect) {
        return redirect.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void anInvitedLeadChoosesAPasswordOnceAndLogsIn() {
        Fixtures.World world = fixtures.world();
        FormClient admin = FormClient.loggedIn(accounts.create(Role.ADMINISTRATOR, null));
        admin.get("/app/admin/users");
        String username = username();

        Response wrongLevel = admin.post(
                "/app/admin/users",
                "displayName",
                "Ilse de Vries",
                "username",
                username,
                "role",
                "institution-lead",
                "placement",
                "board:" + world.boardA(),
                "access",
                "invite");
        assertEquals(400, wrongLevel.statusCode());
        Document refused = Jsoup.parse(wrongLevel.asString());
        assertEquals(
                "Kies voor een schoolleider de school waarvoor hij of zij werkt.",
                refused.getElementById("err-placement").text());
        assertEquals(username, refused.getElementById("username").val(), "what was typed is kept");

        Response invited = admin.post(
                "/app/admin/users",
                "displayName",
                "Ilse de Vries",
                "username",
                username,
                "role",
                "institution-lead",
                "placement",
                "institution:" + world.institutionA(),
                "access",
                "invite");
        assertEquals(200, invited.statusCode(), invited.asString());
        String link = Jsoup.parse(invited.asString()).getElementById("link").val();
        assertTrue(link.contains("/account/invitation/"), link);
        String invitation = link.replaceFirst("^https?://[^/]+", "");

        FormClient lead = new FormClient();
        Document choose = Jsoup.parse(lead.get(invitation).asString());
        assertTrue(choose.text().contains(username));
        Response mismatch =
                lead.post(invitation, "newPassword", "een lange zin als wachtwoord", "repeatPassword", "iets anders");
        assertEquals(400, mismatch.statusCode());
        Response weak = lead.post(invitation, "newPassword", "kort", "repeatPassword", "kort");
        assertEquals(400, weak.statusCode());
        assertTrue(Jsoup.parse(weak.asString()).getElementById("err-newPassword") != null);
        Response chosen = lead.post(
                invitation,
                "newPassword",
                "een lange zin als wachtwoord",
                "repeatPassword",
                "een lange zin als wachtwoord");
        assertEquals(303, chosen.statusCode(), chosen.asString());
        assertEquals(404, new FormClient().get(invitation).statusCode(), "an invitation works once");

        FormClient loggedIn = new FormClient();
        loggedIn.get("/login");
        assertEquals(
                303,
                loggedIn.post("/login", "username", username, "password", "een lange zin als wachtwoord")
                        .statusCode());
        Document list = Jsoup.parse(admin.get("/app/admin/users?q=" + username).asString());
        assertEquals(1, list.select("tbody tr").size());
        assertFalse(list.selectFirst("tbody tr").text().contains("nog nooit"), "the last login is shown");
    }

    @Test
    void deactivatingEndsTheSessionsAtOnce() {
        Fixtures.World world = fixtures.world();
        String leaver = accounts.create(Role.BOARD_MEMBER, world.boardA());
        FormClient session = FormClient.loggedIn(leaver);
        assertEquals(200, session.get("/app").statusCode());

        FormClient admin = FormClient.loggedIn(accounts.create(Role.ADMINISTRATOR, null));
        Document list = Jsoup.parse(admin.get("/app/admin/users?q=" + leaver).asString());
        String userPath = list.selectFirst("tbody a").attr("href");
        admin.get(userPath);
        Response deactivated = admin.post(userPath + "/active", "active", "false");
        assertEquals(303, deactivated.statusCode());
        assertTrue(admin.follow(deactivated).asString().contains("Gedeactiveerd"));

        Response after = given().redirects()
                .follow(false)
                .cookie(SessionCookie.NAME, session.cookie(SessionCookie.NAME))
                .get("/app");
        assertTrue(
                after.statusCode() == 302 || after.statusCode() == 303 || after.statusCode() == 401,
                "the leaver's open session no longer works: " + after.statusCode());
        FormClient again = new FormClient();
        again.get("/login");
        assertEquals(
                401,
                again.post("/login", "username", leaver, "password", Accounts.PASSWORD)
                        .statusCode());
    }

    @Test
    void anAnalystInvitesWithinItsOwnMunicipalityAndMakesNoAdministrators() {
        Fixtures.World world = fixtures.world();
        FormClient analyst = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        Document form = Jsoup.parse(analyst.get("/app/admin/users").asString());
        assertTrue(form.select("#role option[value=administrator]").isEmpty(), "the administrator role is not offered");
        assertTrue(
                form.select("#placement option[value=institution:" + world.institutionB() + "]")
                        .isEmpty(),
                "another municipality's schools are not offered");
        assertFalse(form.select("#placement option[value=institution:" + world.institutionA() + "]")
                .isEmpty());

        Response admin = analyst.post(
                "/app/admin/users",
                "displayName",
                "Stiekem",
                "username",
                username(),
                "role",
                "administrator",
                "placement",
                "",
                "access",
                "password",
                "password",
                "tijdelijk-wachtwoord-9");
        assertEquals(400, admin.statusCode());
        assertEquals(
                "Alleen een beheerder kan een beheerder aanmaken.",
                Jsoup.parse(admin.asString()).getElementById("err-role").text());
        Response elsewhere = analyst.post(
                "/app/admin/users",
                "displayName",
                "Ergens anders",
                "username",
                username(),
                "role",
                "institution-lead",
                "placement",
                "institution:" + world.institutionB(),
                "access",
                "invite");
        assertEquals(400, elsewhere.statusCode(), "a school of another municipality does not exist for the analyst");

        String username = username();
        Response withPassword = analyst.post(
                "/app/admin/users",
                "displayName",
                "Karim Benali",
                "username",
                username,
                "role",
                "board-member",
                "placement",
                "board:" + world.boardA(),
                "access",
                "password",
                "password",
                "tijdelijk-wachtwoord-9");
        assertEquals(303, withPassword.statusCode(), withPassword.asString());
        Document created = Jsoup.parse(analyst.follow(withPassword).asString());
        assertTrue(created.text().contains("tijdelijk: moet bij de volgende keer inloggen worden gewijzigd"));

        Document list = Jsoup.parse(analyst.get("/app/admin/users").asString());
        assertTrue(list.text().contains(username));
        String other = accounts.create(Role.INSTITUTION_LEAD, world.institutionB());
        assertFalse(list.text().contains(other), "accounts of another municipality are not listed");
        assertEquals(
                404,
                analyst.get(path(withPassword).replaceAll("/\\d+.*", "") + "/999999999")
                        .statusCode());
    }
}
