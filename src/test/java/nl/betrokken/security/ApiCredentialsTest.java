package nl.betrokken.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.Test;

/**
 * Scripts use personal API tokens; a password is no ambient credential (no Basic, no challenge), and
 * a browser's cookie cannot be used by another site to change anything through the API.
 */
@QuarkusTest
class ApiCredentialsTest {

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @Inject
    DataSource dataSource;

    private static String newToken(String session, String name) {
        return Accounts.as(session)
                .body(Map.of("name", name, "validDays", 30))
                .post("/api/me/tokens")
                .then()
                .statusCode(201)
                .body("token", startsWith("btk_"))
                .extract()
                .path("token");
    }

    @Test
    void aTokenActsAsItsUserUntilRevokedAndIsStoredOnlyAsAHash() throws Exception {
        Fixtures.World world = fixtures.world();
        String username = accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        String session = Accounts.login(username);
        String token = newToken(session, "maandelijkse export");

        given().header("Authorization", "Bearer " + token)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(username));
        given().header("Authorization", "Bearer " + token)
                .get("/api/organisations/municipalities/" + world.municipalityB())
                .then()
                .statusCode(404);
        given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "nog een", "validDays", 365))
                .post("/api/me/tokens")
                .then()
                .statusCode(403)
                .body("detail", containsString("/account/tokens"));
        Accounts.as(session)
                .get("/api/me/tokens")
                .then()
                .statusCode(200)
                .body("[0].name", equalTo("maandelijkse export"))
                .body("[0].token", nullValue())
                .body("[0].usable", equalTo(true))
                .body("[0].lastUsedAt", startsWith("20"));
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                var rows = s.executeQuery("select token_hash from api_token")) {
            while (rows.next()) {
                assertFalse(rows.getString(1).contains(token.substring(4, 20)), "no token in clear");
            }
        }

        long id = Accounts.as(session)
                .get("/api/me/tokens")
                .then()
                .extract()
                .jsonPath()
                .getLong("[0].id");
        Accounts.as(session).delete("/api/me/tokens/" + id).then().statusCode(204);
        given().header("Authorization", "Bearer " + token)
                .get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", nullValue());
        given().header("Authorization", "Bearer btk_made-up")
                .get("/api/me")
                .then()
                .statusCode(401);
    }

    @Test
    void tokensAreAuditedAndSomeoneElsesTokenCannotBeRevoked() {
        String owner = Accounts.login(accounts.create(Role.ADMINISTRATOR, null));
        String other = Accounts.login(accounts.create(Role.ADMINISTRATOR, null));
        String token = newToken(owner, "script");
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200);
        long id = Accounts.as(owner)
                .get("/api/me/tokens")
                .then()
                .extract()
                .jsonPath()
                .getLong("[0].id");
        Accounts.as(other).delete("/api/me/tokens/" + id).then().statusCode(404);
        List<String> actions = Accounts.as(owner)
                .get("/api/audit?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.objectType == 'api-token' && it.objectId == '" + id + "' }.action");
        assertTrue(actions.containsAll(List.of("token-created", "token-used")), actions.toString());
    }

    @Test
    void aTokenNeedsANameAndALifetimeOfAtMostAYear() {
        String session = accounts.session(Role.ADMINISTRATOR, null);
        Accounts.as(session)
                .body(Map.of("name", " ", "validDays", 30))
                .post("/api/me/tokens")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        Accounts.as(session)
                .body(Map.of("name", "te lang", "validDays", 366))
                .post("/api/me/tokens")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("validDays"));
    }

    @Test
    void httpBasicIsOffAndNothingAsksTheBrowserForAPassword() {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        given().auth()
                .preemptive()
                .basic(username, Accounts.PASSWORD)
                .get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", nullValue())
                .body("detail", containsString("Authorization: Bearer"));
        given().get("/api/organisations").then().statusCode(401).header("WWW-Authenticate", nullValue());
        given().redirects()
                .follow(false)
                .auth()
                .preemptive()
                .basic(username, Accounts.PASSWORD)
                .get("/app")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void unsafeApiRequestsMustBeJson() {
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        long wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getLong("id");
        given().cookie(SessionCookie.NAME, analyst)
                .contentType("text/plain")
                .body("x")
                .post("/api/waves/" + wave + "/close")
                .then()
                .statusCode(415)
                .body("detail", containsString("application/json"));
        given().cookie(SessionCookie.NAME, analyst)
                .contentType(ContentType.URLENC)
                .formParam("a", "b")
                .post("/api/waves/" + wave + "/publish")
                .then()
                .statusCode(415);
        given().cookie(SessionCookie.NAME, analyst)
                .post("/api/waves/" + wave + "/close")
                .then()
                .statusCode(415);
        Accounts.as(analyst).get("/api/waves/" + wave).then().statusCode(200).body("status", equalTo("open"));
        Accounts.as(analyst)
                .post("/api/waves/" + wave + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"));
    }

    @Test
    void anotherSiteCannotUseTheCookieButATokenMayComeFromAnywhere() {
        String session = accounts.session(Role.ADMINISTRATOR, null);
        Accounts.as(session)
                .header("Origin", "https://evil.example")
                .body(Map.of("name", "Gemeente Kwaad"))
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(403)
                .body("title", equalTo("Cross-site request refused"));
        Accounts.as(session)
                .header("Sec-Fetch-Site", "cross-site")
                .body(Map.of("name", "Gemeente Kwaad"))
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(403);
        Accounts.as(session)
                .header("Sec-Fetch-Site", "same-origin")
                .body(Map.of("name", "Gemeente Eigen " + System.nanoTime()))
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(201);
        int port = RestAssured.port;
        Accounts.as(session)
                .header("Origin", "http://localhost:" + port)
                .body(Map.of("name", "Gemeente Zelf " + System.nanoTime()))
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(201);
        Accounts.as(session)
                .header("Origin", "https://evil.example")
                .get("/api/organisations")
                .then()
                .statusCode(200);

        String token = newToken(session, "van elders");
        given().header("Authorization", "Bearer " + token)
                .header("Origin", "https://elsewhere.example")
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Gemeente Script " + System.nanoTime()))
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(201);
    }

    @Test
    void theAccountPageMakesShowsOnceAndRevokesTokens() {
        String username = accounts.create(Role.BOARD_MEMBER, fixtures.world().boardA());
        FormClient browser = FormClient.loggedIn(username);
        browser.get("/account/tokens").then().statusCode(200).body(containsString("U hebt nog geen sleutels."));
        var made = browser.post("/account/tokens", "name", "koppeling", "validDays", "14");
        assertEquals(200, made.statusCode());
        String shown = made.asString()
                .replaceAll("(?s).*id=\"created-token\" type=\"text\" readonly value=\"(btk_[^\"]+)\".*", "$1");
        assertTrue(shown.startsWith("btk_"), "the token is shown once");
        given().header("Authorization", "Bearer " + shown).get("/api/me").then().statusCode(200);
        String again = browser.get("/account/tokens").asString();
        assertFalse(again.contains(shown), "and never again");
        assertTrue(again.contains("koppeling") && again.contains("in gebruik"), again);

        browser.post("/account/tokens", "name", "", "validDays", "14")
                .then()
                .statusCode(400)
                .body(containsString("Geef de sleutel een naam"));
        browser.post("/account/tokens", "name", "x", "validDays", "veel")
                .then()
                .statusCode(400)
                .body(containsString("Vul een aantal dagen in"));

        String page = browser.get("/account/tokens").asString();
        String revoke = page.replaceAll("(?s).*action=\"(/account/tokens/\\d+/revoke)\".*", "$1");
        assertEquals(303, browser.post(revoke).statusCode());
        assertTrue(browser.get("/account/tokens").asString().contains("ingetrokken"));
        given().header("Authorization", "Bearer " + shown).get("/api/me").then().statusCode(401);
    }
}
