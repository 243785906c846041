package nl.betrokken.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.betrokken.organisations.Sector;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The login form, CSRF, cookies, session expiry, passwords and response headers. */
@QuarkusTest
class SessionSecurityTest {

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @Inject
    DataSource dataSource;

    /** The CSRF cookie and the hidden token of a freshly rendered form. */
    record FormToken(String cookie, String token) {}

    static FormToken formToken(String page, String session) {
        var request = given();
        if (session != null) {
            request.cookie(SessionCookie.NAME, session);
        }
        Response response = request.get(page);
        Matcher token =
                Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(response.asString());
        assertTrue(token.find(), "the form carries a CSRF token");
        return new FormToken(response.cookie("betrokken_csrf"), token.group(1));
    }

    private String sql(String query, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            if (!s.execute()) {
                return String.valueOf(s.getUpdateCount());
            }
            try (ResultSet r = s.getResultSet()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenAndSetsAStrictCookie() {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        FormToken form = formToken("/login", null);

        given().redirects()
                .follow(false)
                .cookie("betrokken_csrf", form.cookie())
                .contentType(ContentType.URLENC)
                .formParam("username", username)
                .formParam("password", Accounts.PASSWORD)
                .post("/login")
                .then()
                .statusCode(400);
        given().redirects()
                .follow(false)
                .cookie("betrokken_csrf", form.cookie())
                .contentType(ContentType.URLENC)
                .formParam("username", username)
                .formParam("password", Accounts.PASSWORD)
                .formParam("csrf-token", "forged-token-value")
                .post("/login")
                .then()
                .statusCode(400);

        Response ok = given().redirects()
                .follow(false)
                .cookie("betrokken_csrf", form.cookie())
                .contentType(ContentType.URLENC)
                .formParam("username", username)
                .formParam("password", Accounts.PASSWORD)
                .formParam("next", "/app")
                .formParam("csrf-token", form.token())
                .post("/login");
        assertEquals(303, ok.statusCode());
        assertTrue(ok.header("Location").endsWith("/app"), ok.header("Location"));
        String setCookie = ok.headers().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(SessionCookie.NAME))
                .findFirst()
                .orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("Secure"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        given().cookie(SessionCookie.NAME, ok.cookie(SessionCookie.NAME))
                .get("/app")
                .then()
                .statusCode(200)
                .body(containsString("Welkom"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserLookExactlyAlike() {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        FormToken form = formToken("/login", null);
        Response wrongPassword = given().cookie("betrokken_csrf", form.cookie())
                .contentType(ContentType.URLENC)
                .formParam("username", username)
                .formParam("password", "not-the-password")
                .formParam("csrf-token", form.token())
                .post("/login");
        Response unknownUser = given().cookie("betrokken_csrf", form.cookie())
                .contentType(ContentType.URLENC)
                .formParam("username", "nobody-at-all@test.example")
                .formParam("password", "not-the-password")
                .formParam("csrf-token", form.token())
                .post("/login");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownUser.statusCode());
        assertTrue(wrongPassword.asString().contains("De gebruikersnaam of het wachtwoord klopt niet."));
        assertEquals(
                wrongPassword.asString().replace(username, "X"),
                unknownUser.asString().replace("nobody-at-all@test.example", "X"),
                "the two pages differ only in the username typed");

        var api1 = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "not-the-password"))
                .post("/api/session");
        var api2 = given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-2@test.example", "password", "x-y-z"))
                .post("/api/session");
        assertEquals(api1.statusCode(), api2.statusCode());
        assertEquals(api1.asString(), api2.asString());
    }

    @Test
    void everyStaffPageDrawsTheSameNavigationAndPagesWithoutAUserNone() {
        Fixtures.World world = fixtures.world();
        FormClient browser = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        String expected = "<nav class=\"account\" aria-label=\"Account\">\n"
                + "  <span class=\"who\">Test " + Role.ANALYST + " · Gemeente</span>\n"
                + "  <a href=\"/app\">Overzicht</a>\n  <a href=\"/monitor\">Monitor</a>\n"
                + "  <a href=\"/app/school-plans\">Verbeterplannen</a>\n  <a href=\"/lea\">LEA-overleg</a>\n"
                + "  <a href=\"/app/admin/organisations\">Organisaties</a>\n  <a href=\"/app/admin/users\">Gebruikers</a>\n"
                + "  <a href=\"/app/audit\">Logboek</a>\n  <a href=\"/app/targets\">Doelen</a>\n"
                + "  <a href=\"/account/password\">Wachtwoord</a>\n  <a href=\"/account/tokens\">API-sleutels</a>\n"
                + "  <a href=\"/account/two-factor\">Tweestapsverificatie</a>\n"
                + "  <form method=\"post\" action=\"/logout\" class=\"inline\">\n"
                + "    <input type=\"hidden\" name=\"csrf-token\" value=\"%s\">\n"
                + "    <button type=\"submit\" class=\"link\">Uitloggen</button>\n  </form>\n</nav>";
        for (String page : List.of(
                "/app",
                "/app/waves/new",
                "/monitor/municipalities/" + world.municipalityA(),
                "/lea",
                "/lea/screenings/new",
                "/lea/plans/new",
                "/account/password",
                "/account/tokens",
                "/account/two-factor")) {
            String html = browser.get(page).then().statusCode(200).extract().asString();
            Matcher nav = Pattern.compile("(?s)<nav class=\"account\".*?</nav>").matcher(html);
            assertTrue(nav.find(), "navigation on " + page);
            assertEquals(expected.formatted(browser.csrfToken()), nav.group(), page);
            assertTrue(
                    html.indexOf("<main id=\"main\">") < nav.start() && nav.start() < html.indexOf("<h1"),
                    "first in main on " + page);
            assertFalse(nav.find(), "drawn once on " + page);
        }
        browser.get("/app/waves/999999999").then().statusCode(404).body(not(containsString("<nav class=\"account\"")));
        given().get("/login").then().statusCode(200).body(not(containsString("<nav class=\"account\"")));
        given().get("/").then().statusCode(200).body(not(containsString("<nav class=\"account\"")));
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        String session = accounts.session(Role.ADMINISTRATOR, null);
        FormToken form = formToken("/app", session);
        given().redirects()
                .follow(false)
                .cookie(SessionCookie.NAME, session)
                .cookie("betrokken_csrf", form.cookie())
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", form.token())
                .post("/logout")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login"));
        given().cookie(SessionCookie.NAME, session).get("/api/me").then().statusCode(401);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesAndTwelveHoursInAll() throws SQLException {
        String idle = accounts.session(Role.ADMINISTRATOR, null);
        given().cookie(SessionCookie.NAME, idle).get("/api/me").then().statusCode(200);
        sql(
                "update user_session set last_seen_at = now() - interval '29 minutes' where token_hash = ?",
                Tokens.sha256(idle));
        given().cookie(SessionCookie.NAME, idle).get("/api/me").then().statusCode(200);
        assertTrue(
                Long.parseLong(sql(
                                "select extract(epoch from now() - last_seen_at)::bigint from user_session where token_hash = ?",
                                Tokens.sha256(idle)))
                        < 60,
                "a request more than a minute after the last one renews the idle clock");
        sql(
                "update user_session set last_seen_at = now() - interval '31 minutes' where token_hash = ?",
                Tokens.sha256(idle));
        given().cookie(SessionCookie.NAME, idle).get("/api/me").then().statusCode(401);
        assertEquals(
                null,
                sql("select token_hash from user_session where token_hash = ?", Tokens.sha256(idle)),
                "the idle session is removed");

        String old = accounts.session(Role.ADMINISTRATOR, null);
        sql(
                "update user_session set created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour'"
                        + " where token_hash = ?",
                Tokens.sha256(old));
        given().cookie(SessionCookie.NAME, old).get("/api/me").then().statusCode(401);
        assertEquals(
                "43200",
                sql(
                        "select extract(epoch from expires_at - created_at)::bigint from user_session"
                                + " where token_hash = ?",
                        Tokens.sha256(accounts.session(Role.ADMINISTRATOR, null))),
                "a new session lives twelve hours at most");
    }

    @Test
    void aPageAsksForLoginAndComesBackAfterwards() {
        given().redirects()
                .follow(false)
                .get("/app?tab=1")
                .then()
                .statusCode(303)
                .header("Location", endsWithPath("/login?next=%2Fapp%3Ftab%3D1"));
        given().get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", Matchers.nullValue())
                .body("status", equalTo(401));
    }

    private static org.hamcrest.Matcher<String> endsWithPath(String path) {
        return Matchers.endsWith(path);
    }

    @Test
    void overHttpsTheSessionCookieHasTheHostPrefixAndOnlyThatNameCounts() {
        String username = accounts.create(Role.BOARD_MEMBER, fixtures.world().boardA());
        var response = given().header("X-Forwarded-Proto", "https")
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Accounts.PASSWORD))
                .post("/api/session");
        response.then().statusCode(200);
        String setCookie = response.header("Set-Cookie");
        assertTrue(setCookie.startsWith("__Host-betrokken_session="), setCookie);
        assertTrue(
                setCookie.contains("Secure") && setCookie.contains("Path=/") && !setCookie.contains("Domain"),
                setCookie);
        String token = response.getCookie("__Host-betrokken_session");
        given().header("X-Forwarded-Proto", "https")
                .cookie("__Host-betrokken_session", token)
                .get("/api/me")
                .then()
                .statusCode(200);
        given().header("X-Forwarded-Proto", "https")
                .cookie(SessionCookie.NAME, token)
                .get("/api/me")
                .then()
                .statusCode(401);
    }

    @Test
    void passwordsAreStoredAsSaltedBcryptHashes() throws SQLException {
        String first = accounts.create(Role.ADMINISTRATOR, null);
        String second = accounts.create(Role.ADMINISTRATOR, null);
        String admin = accounts.session(Role.ADMINISTRATOR, null);
        Accounts.as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("newPassword", "gedeeld-geheim-123"))
                .post("/api/users/" + id(admin, first) + "/password-reset")
                .then()
                .statusCode(204);
        Accounts.as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("newPassword", "gedeeld-geheim-123"))
                .post("/api/users/" + id(admin, second) + "/password-reset")
                .then()
                .statusCode(204);
        String hash1 = sql("select password_hash from app_user where username = ?", first);
        String hash2 = sql("select password_hash from app_user where username = ?", second);
        assertTrue(hash1.matches("\\$2[ab]\\$04\\$.{53}"), "bcrypt at the test profile's cost: " + hash1);
        assertNotEquals(hash1, hash2, "the same password gets a different salt");
        assertFalse(hash1.contains("gedeeld-geheim-123"));
        assertTrue(BcryptUtil.matches("gedeeld-geheim-123", hash1));
    }

    private static long id(String adminSession, String username) {
        return Accounts.as(adminSession)
                .get("/api/users")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElseAndEndsOtherSessions() {
        var world = fixtures.world();
        String username = accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        String oldSession = Accounts.login(username);
        String admin = accounts.session(Role.ADMINISTRATOR, null);

        Accounts.as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("newPassword", "short"))
                .post("/api/users/" + id(admin, username) + "/password-reset")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        Accounts.as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("newPassword", "tijdelijk-wachtwoord-9"))
                .post("/api/users/" + id(admin, username) + "/password-reset")
                .then()
                .statusCode(204);
        given().cookie(SessionCookie.NAME, oldSession).get("/api/me").then().statusCode(401);

        String session = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "tijdelijk-wachtwoord-9"))
                .post("/api/session")
                .then()
                .statusCode(200)
                .body("mustChangePassword", equalTo(true))
                .extract()
                .cookie(SessionCookie.NAME);
        Accounts.as(session)
                .get("/api/organisations")
                .then()
                .statusCode(403)
                .body("title", equalTo("Password change required"));
        given().redirects()
                .follow(false)
                .cookie(SessionCookie.NAME, session)
                .get("/app")
                .then()
                .statusCode(303)
                .header("Location", containsString("/account/password"));

        Accounts.as(session)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong", "newPassword", "mijn-eigen-wachtwoord"))
                .put("/api/me/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        Accounts.as(session)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "tijdelijk-wachtwoord-9", "newPassword", "mijn-eigen-wachtwoord"))
                .put("/api/me/password")
                .then()
                .statusCode(204);
        Accounts.as(session).get("/api/organisations").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "tijdelijk-wachtwoord-9"))
                .post("/api/session")
                .then()
                .statusCode(401);
    }

    @Test
    void theChangePasswordPageExplainsMistakesInDutch() {
        String session = accounts.session(Role.ADMINISTRATOR, null);
        FormToken form = formToken("/account/password", session);
        given().cookie(SessionCookie.NAME, session)
                .cookie("betrokken_csrf", form.cookie())
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", form.token())
                .formParam("currentPassword", Accounts.PASSWORD)
                .formParam("newPassword", "kort")
                .formParam("repeatPassword", "kort")
                .post("/account/password")
                .then()
                .statusCode(400)
                .body(containsString("Kies een wachtwoord van minstens 12 tekens."))
                .body(containsString("aria-invalid=\"true\""));

        FormClient browser = FormClient.loggedIn(accounts.create(Role.ADMINISTRATOR, null));
        browser.get("/account/password").then().statusCode(200);
        browser.post(
                        "/account/password",
                        "currentPassword",
                        "niet-mijn-wachtwoord",
                        "newPassword",
                        "een-heel-nieuw-wachtwoord",
                        "repeatPassword",
                        "een-heel-nieuw-wachtwoord")
                .then()
                .statusCode(400)
                .body(containsString("Dit is niet uw huidige wachtwoord."));
        browser.post(
                        "/account/password",
                        "currentPassword",
                        Accounts.PASSWORD,
                        "newPassword",
                        Accounts.PASSWORD,
                        "repeatPassword",
                        Accounts.PASSWORD)
                .then()
                .statusCode(400)
                .body(containsString("Kies een ander wachtwoord dan het huidige."));
        browser.post(
                        "/account/password",
                        "currentPassword",
                        Accounts.PASSWORD,
                        "newPassword",
                        "aaaaaaaaaaaaab",
                        "repeatPassword",
                        "aaaaaaaaaaaaab")
                .then()
                .statusCode(400)
                .body(containsString("Kies een wachtwoord met meer verschillende tekens."));
        browser.post(
                        "/account/password",
                        "currentPassword",
                        Accounts.PASSWORD,
                        "newPassword",
                        "een-heel-nieuw-wachtwoord",
                        "repeatPassword",
                        "iets-anders-dan-dat")
                .then()
                .statusCode(400)
                .body(containsString("De twee nieuwe wachtwoorden zijn niet gelijk."));
    }

    @Test
    void responsesCarryStrictSecurityHeaders() {
        given().get("/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
        assertEquals(null, given().get("/").header("Strict-Transport-Security"), "no HSTS over plain HTTP");
        given().header("X-Forwarded-Proto", "https")
                .get("/")
                .then()
                .header("Strict-Transport-Security", containsString("max-age="));
        given().get("/api/questionnaires").then().header("X-Content-Type-Options", equalTo("nosniff"));
        // a stylesheet is no document: the page's policies govern it, and a phone pays for every header
        given().get("/css/app.css")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo(null))
                .header("X-Frame-Options", equalTo(null));
    }

    @Test
    void namesPeopleTypedAreEscapedOnPages() {
        var municipality = fixtures.municipality("<script>alert('x')</script> Gemeente");
        var board = fixtures.board(municipality, "Bestuur <b>vet</b>");
        fixtures.institution(board, "School \"><img src=x onerror=alert(1)>", Sector.PRIMARY);
        String page = Accounts.as(accounts.session(Role.MUNICIPALITY_ANALYST, municipality.id))
                .get("/app")
                .asString();
        assertFalse(page.contains("<script>alert"), "script tag must be escaped");
        assertFalse(page.contains("<img src=x"), "markup must be escaped");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Gemeente"), page);
        assertTrue(page.contains("Bestuur &lt;b&gt;vet&lt;/b&gt;"));
    }

    @Test
    void everyChangeIsInTheAuditTrailAndAnalystsSeeOnlyTheirOwn() {
        var world = fixtures.world();
        String admin = accounts.session(Role.ADMINISTRATOR, null);
        Accounts.as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Audit Gemeente " + world.municipalityB()))
                .put("/api/organisations/municipalities/" + world.municipalityB())
                .then()
                .statusCode(200);
        Accounts.as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Audit Gemeente " + world.municipalityA()))
                .put("/api/organisations/municipalities/" + world.municipalityA())
                .then()
                .statusCode(200);

        Accounts.as(admin)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body(
                        "find { it.objectType == 'municipality' && it.objectId == '" + world.municipalityB()
                                + "' }.action",
                        equalTo("updated"));
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        var events = Accounts.as(analyst)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(
                events.getList("municipalityId", Long.class).stream().allMatch(id -> id == world.municipalityA()),
                "an analyst sees the events of their own municipality only");
        assertTrue(events.getList("objectId", String.class).contains(String.valueOf(world.municipalityA())));
    }

    @Test
    void listsOnlyShowWhatIsInScope() {
        var world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        var tree = Accounts.as(analyst)
                .get("/api/organisations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(world.municipalityA()), tree.getList("municipalities.id", Long.class));
        String lead = accounts.session(Role.INSTITUTION_LEAD, world.institutionA());
        assertEquals(
                List.of(world.institutionA()),
                Accounts.as(lead)
                        .get("/api/organisations/institutions")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("id", Long.class));
        String board = accounts.session(Role.BOARD_MEMBER, world.boardA());
        assertEquals(
                Set.of(world.institutionA(), world.institutionA2()),
                Set.copyOf(Accounts.as(board)
                        .get("/api/organisations/institutions")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("id", Long.class)));
        Accounts.as(analyst)
                .queryParam("municipality", world.municipalityB())
                .get("/api/organisations/boards")
                .then()
                .statusCode(200)
                .body("$", Matchers.hasSize(0));
    }
}
