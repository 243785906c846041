package nl.betrokken.administration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.betrokken.security.Base32;
import nl.betrokken.security.Role;
import nl.betrokken.security.SessionCookie;
import nl.betrokken.security.Totp;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A municipality's settings on one page, checked as the API checks them, and used where figures are made. */
@QuarkusTest
class SettingsPagesTest {

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @Test
    void anAnalystSetsThresholdsConfidenceAndPublicationOnScreen() {
        Fixtures.World world = fixtures.world();
        String username = accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        FormClient analyst = FormClient.loggedIn(username);
        String path = "/app/admin/settings/" + world.municipalityA();
        Document page = Jsoup.parse(analyst.get(path).asString());
        assertEquals("5", page.getElementById("parentThreshold").val());
        assertTrue(page.text().contains("School A1"), "the populations per school are listed");
        assertTrue(
                page.select("tbody tr").stream()
                        .anyMatch(
                                r -> r.text().contains("School A1") && r.text().contains("100")),
                "with their numbers");

        Response refused = analyst.post(
                path,
                "parentThreshold",
                "3",
                "staffThreshold",
                "5",
                "microdataThreshold",
                "10",
                "confidence",
                "0.9",
                "publishEveryHours",
                "200",
                "minParentResponseRate",
                "0",
                "minStaffResponseRate",
                "vijftig");
        assertEquals(400, refused.statusCode());
        Document errors = Jsoup.parse(refused.asString());
        assertEquals(
                "Vul minstens 5 in.",
                errors.getElementById("err-parentThreshold").text());
        assertEquals(
                "Vul hoogstens 168 in.",
                errors.getElementById("err-publishEveryHours").text());
        assertEquals(
                "Vul een percentage van 1 tot en met 100 in, of laat het leeg voor de standaard.",
                errors.getElementById("err-minParentResponseRate").text());
        assertEquals(
                "Vul een heel getal in, zonder letters of komma.",
                errors.getElementById("err-minStaffResponseRate").text());
        assertEquals("3", errors.getElementById("parentThreshold").val(), "what was typed is kept");
        assertTrue(
                page.text().contains("Leeg: 20 %, de standaard") && page.text().contains("Leeg: 50 %, de standaard"),
                "the page says which minimum response rate an empty field means");

        Response saved = analyst.post(
                path,
                "parentThreshold",
                "7",
                "staffThreshold",
                "6",
                "microdataThreshold",
                "12",
                "confidence",
                "0.9",
                "publishEveryHours",
                "6",
                "minParentResponseRate",
                "30",
                "weightedTargets",
                "true");
        assertEquals(303, saved.statusCode(), saved.asString());
        String session = Accounts.login(username);
        JsonPath settings = Accounts.as(session)
                .get("/api/analysis/municipalities/" + world.municipalityA() + "/settings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(7, settings.getInt("parentThreshold"));
        assertEquals(0.9f, settings.getFloat("confidence"));
        assertEquals(6, settings.getInt("publishEveryHours"));
        assertEquals(0.3f, settings.getFloat("minParentResponseRate"), "30 % on the page is 0.30 in the settings");
        assertNull(settings.get("minStaffResponseRate"), "left empty: the default");
        assertEquals(true, settings.getBoolean("weightedTargets"));
        Document again = Jsoup.parse(analyst.get(path).asString());
        assertEquals("30", again.getElementById("minParentResponseRate").val());
        assertTrue(again.getElementById("weightedTargets").hasAttr("checked"));

        long wave = Waves.openNow(session, "parent-baseline", "link", world.institutionA())
                .getLong("id");
        JsonPath results = Accounts.as(session)
                .get("/api/analysis/waves/" + wave)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0.9f, results.getFloat("confidence"), "the municipality's level is the one its figures use");
        assertEquals(7, results.getInt("threshold"));
    }

    @Test
    void onlyAnAdministratorTurnsTheSecondFactorOff() {
        Fixtures.World world = fixtures.world();
        String path = "/app/admin/settings/" + world.municipalityA();
        // the analyst has a second factor already: the rule below is the municipality's, not the account's
        String analyst = Accounts.login(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        byte[] key = Base32.decode(Accounts.as(analyst)
                .post("/api/me/two-factor")
                .then()
                .statusCode(200)
                .extract()
                .<String>path("secret"));
        Accounts.as(analyst)
                .body(Map.of("code", Totp.code(key, Totp.step(Instant.now().getEpochSecond()))))
                .post("/api/me/two-factor/confirm")
                .then()
                .statusCode(200);

        FormClient admin = FormClient.loggedIn(accounts.create(Role.ADMINISTRATOR, null));
        admin.get(path);
        assertEquals(
                303,
                admin.post(
                                path,
                                "parentThreshold",
                                "5",
                                "staffThreshold",
                                "5",
                                "microdataThreshold",
                                "10",
                                "twoFactorForAnalysts",
                                "true")
                        .statusCode());

        Document page = Jsoup.parse(
                given().cookie(SessionCookie.NAME, analyst).get(path).asString());
        assertTrue(page.text().contains("Alleen een beheerder kan dit uitzetten"), page.text());
        assertTrue(
                page.getElementById("twoFactorForAnalysts") == null,
                "an analyst sees the setting, not a box to untick");
        Accounts.as(analyst)
                .body(Map.of(
                        "parentThreshold", 5,
                        "staffThreshold", 5,
                        "microdataThreshold", 10,
                        "populationShares", List.of(),
                        "twoFactorForAnalysts", false))
                .put("/api/analysis/municipalities/" + world.municipalityA() + "/settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("twoFactorForAnalysts"));

        assertEquals(
                303,
                admin.post(path, "parentThreshold", "5", "staffThreshold", "5", "microdataThreshold", "10")
                        .statusCode(),
                "an administrator may");
    }
}
