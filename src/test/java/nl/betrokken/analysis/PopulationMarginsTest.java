package nl.betrokken.analysis;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The make-up of all parents, entered on a page per background question with its source, and by the API. */
@QuarkusTest
class PopulationMarginsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Test
    void anAnalystEntersTheLanguageMakeUpWithItsSourceOnThePage() {
        Municipality m = fixtures.municipality("Gemeente Samenstelling " + System.nanoTime());
        FormClient analyst = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, m.id));
        String path = "/app/admin/settings/" + m.id + "/population";
        Document page =
                Jsoup.parse(analyst.get(path).then().statusCode(200).extract().asString());
        assertEquals(
                List.of("dutch", "dutch-and-other", "other"),
                page.select("form[action='" + path + "/home-language'] input[name=answer]")
                        .eachAttr("value"));

        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("answer", List.of("dutch", "dutch-and-other", "other"));
        form.put("share", List.of("60", "25,5", "10"));
        form.put("source", List.of("CBS, Kerncijfers wijken en buurten 2025"));
        Response refused = analyst.post(path + "/home-language", form);
        assertEquals(400, refused.statusCode());
        Document again = Jsoup.parse(refused.asString());
        assertTrue(
                again.select(".error-summary").text().contains("Samen is dit 95,5 %"),
                again.select(".error-summary").text());
        assertEquals(
                "25,5", again.select("#share-home-language-dutch-and-other").attr("value"), "what was typed stays");

        form.put("share", List.of("60", "25,5", "abc"));
        Document wrongNumber =
                Jsoup.parse(analyst.post(path + "/home-language", form).asString());
        assertTrue(wrongNumber.select("#err-share-home-language-other").text().contains("zoals 23 of 12,5"));

        form.put("share", List.of("64,5", "25,5", "10"));
        form.put("source", List.of(" "));
        Document noSource =
                Jsoup.parse(analyst.post(path + "/home-language", form).asString());
        assertTrue(noSource.select("#err-source-home-language").text().contains("Noem de bron"));

        form.put("source", List.of("CBS, Kerncijfers wijken en buurten 2025"));
        Response saved = analyst.post(path + "/home-language", form);
        assertEquals(303, saved.statusCode());
        Document after = Jsoup.parse(analyst.follow(saved).asString());
        assertTrue(after.text().contains("Bron: CBS, Kerncijfers wijken en buurten 2025."), after.text());
        assertEquals("64,5", after.select("#share-home-language-dutch").attr("value"));

        String session = accounts.session(Role.MUNICIPALITY_ANALYST, m.id);
        JsonPath margins = Accounts.as(session)
                .get("/api/analysis/municipalities/" + m.id + "/population")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                0.645f,
                margins.getFloat("find { it.itemKey == 'home-language' }.shares.find { it.answer == 'dutch' }.share"));
        // the settings' population make-up is the same data
        assertEquals(
                3,
                Accounts.as(session)
                        .get("/api/analysis/municipalities/" + m.id + "/settings")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("populationShares.findAll { it.itemKey == 'home-language' }")
                        .size());
    }

    @Test
    void theApiRefusesAMakeUpThatIsNotWholeAndRemovesOne() {
        Municipality m = fixtures.municipality("Gemeente Marges " + System.nanoTime());
        String session = accounts.session(Role.MUNICIPALITY_ANALYST, m.id);
        String path = "/api/analysis/municipalities/" + m.id + "/population/";
        Accounts.as(session)
                .contentType(ContentType.JSON)
                .body(Map.of("shares", Map.of("dutch", 0.7, "dutch-and-other", 0.2), "source", "Eigen telling"))
                .put(path + "home-language")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shares.other"));
        Accounts.as(session)
                .contentType(ContentType.JSON)
                .body(Map.of("shares", Map.of("dutch", 0.7, "dutch-and-other", 0.2, "other", 0.2), "source", "x"))
                .put(path + "home-language")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shares"))
                .body("detail", containsString("add up to 1.1"));
        Accounts.as(session)
                .contentType(ContentType.JSON)
                .body(Map.of("shares", Map.of("yes", 1), "source", "x"))
                .put(path + "remarks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("item"));
        Accounts.as(session)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "shares",
                        Map.of("dutch", 0.7, "dutch-and-other", 0.2, "other", 0.1),
                        "source",
                        "Eigen telling"))
                .put(path + "home-language")
                .then()
                .statusCode(200)
                .body("source", equalTo("Eigen telling"));
        Accounts.as(session).delete(path + "home-language").then().statusCode(204);
        JsonPath margins = Accounts.as(session)
                .get("/api/analysis/municipalities/" + m.id + "/population")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(null, margins.getString("find { it.itemKey == 'home-language' }.source"));
        assertEquals(
                List.of(),
                margins.getList("find { it.itemKey == 'home-language' }.shares.findAll { it.share != null }"));
        Accounts.as(accounts.session(Role.INSTITUTION_LEAD, fixtures.world().institutionA()))
                .get("/api/analysis/municipalities/" + m.id + "/population")
                .then()
                .statusCode(403);
    }
}
