package nl.betrokken.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.Test;

/**
 * Nothing a shared computer's next user could restore is cached: pages (an answering page carries
 * its resume token), API answers, exports and code slips are no-store. Static files are cached for a
 * year under their versioned address and revalidated under any other.
 */
@QuarkusTest
class CachingTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/app\\.css\\?v=([0-9a-f]+))\"");

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    private static void notStored(Response response, String what) {
        assertEquals("no-store", response.header("Cache-Control"), what + " (" + response.statusCode() + ")");
    }

    @Test
    void dynamicResponsesAreNeverStored() {
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        var wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        long waveId = wave.getLong("id");
        String link = wave.getString("institutions[0].link");

        FormClient parent = new FormClient();
        assertEquals(200, parent.get(link).statusCode(), "the landing page itself, not a 404");
        notStored(parent.get(link), "the landing page");
        Response started = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "nl");
        assertEquals(303, started.statusCode(), "starting leads to the first page");
        notStored(started, "starting");
        notStored(parent.follow(started), "a questionnaire page with its resume token");

        notStored(given().get("/login"), "the login page");
        notStored(Accounts.as(analyst).get("/app"), "the staff home page");
        notStored(Accounts.as(analyst).get("/app/waves/" + waveId), "a wave page");
        notStored(
                Accounts.as(analyst).get("/monitor/municipalities/" + world.municipalityA() + "?wave=" + waveId),
                "a dashboard");
        notStored(Accounts.as(analyst).get("/api/waves/" + waveId), "an API answer with the links");
        notStored(Accounts.as(analyst).get("/api/exports/waves/" + waveId + "/codebook.csv"), "an export");
        notStored(Accounts.as(analyst).get("/api/exports/waves/" + waveId + "/aggregates.xlsx"), "a workbook");
        notStored(
                Accounts.as(analyst).get("/app/waves/" + waveId + "/institutions/" + world.institutionA() + "/letter"),
                "a letter with a link");
        notStored(given().get("/api/me"), "a refusal");
    }

    @Test
    void staticFilesAreCachedForAYearUnderTheirVersionedAddressOnly() {
        String page = given().get("/login").then().statusCode(200).extract().asString();
        Matcher stylesheet = STYLESHEET.matcher(page);
        assertTrue(stylesheet.find(), "the page links the stylesheet by its version");
        assertEquals(Assets.VERSION, stylesheet.group(2));

        given().get(stylesheet.group(1))
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        given().get("/css/app.css").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        given().get("/css/app.css?v=0000").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void theFaviconIsLinkedSmallRevalidatedAndFoundAtTheAddressBrowsersGuess() {
        String icon = "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">";
        given().get("/login").then().statusCode(200).body(containsString(icon));
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        String link = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getString("institutions[0].link");
        new FormClient().get(link).then().statusCode(200).body(containsString(icon));

        Response svg = given().get("/favicon.svg");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.contentType().startsWith("image/svg+xml"), svg.contentType());
        assertTrue(svg.asByteArray().length < 1024, "a few hundred bytes, not " + svg.asByteArray().length);
        assertEquals("no-cache", svg.header("Cache-Control"));
        assertEquals("nosniff", svg.header("X-Content-Type-Options"));

        given().redirects()
                .follow(false)
                .get("/favicon.ico")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/favicon.svg"))
                .header("Cache-Control", equalTo("no-cache"));
        given().get("/favicon.ico").then().statusCode(200).contentType(startsWith("image/svg+xml"));
    }
}
