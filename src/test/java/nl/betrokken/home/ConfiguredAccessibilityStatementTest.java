package nl.betrokken.home;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A municipality that runs its own Betrokken names itself and its own address in the statement. */
@QuarkusTest
@TestProfile(ConfiguredAccessibilityStatementTest.RunByAMunicipality.class)
class ConfiguredAccessibilityStatementTest {

    public static class RunByAMunicipality implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "betrokken.accessibility.organisation", "Gemeente Rijnstede",
                    "betrokken.accessibility.contact-email", "toegankelijkheid@rijnstede.example",
                    "betrokken.public-url", "https://betrokken.rijnstede.example");
        }
    }

    @Test
    void theStatementNamesTheOrganisationItsAddressAndWhereToWrite() {
        Document statement = Jsoup.parse(given().get("/toegankelijkheid")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(
                "Gemeente Rijnstede", statement.selectFirst("#organisation").text());
        assertEquals(
                "Betrokken op https://betrokken.rijnstede.example, alle pagina's (zie hieronder)",
                statement.selectFirst("#scope").text(),
                "the configured address, never one a request's Host header chose");
        assertEquals(
                "mailto:toegankelijkheid@rijnstede.example",
                statement.selectFirst("#contact a").attr("href"));
    }
}
