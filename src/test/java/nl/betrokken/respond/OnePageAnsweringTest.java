package nl.betrokken.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The short parent check ({@code layout: one-page}) over plain HTTP, as a phone without JavaScript answers it: one
 * page with every question, a refusal that keeps what was typed, one send that stores it all.
 */
@QuarkusTest
class OnePageAnsweringTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    private String link;

    @BeforeEach
    void openAWave() {
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        link = Waves.openNow(analyst, "parent-pulse", "link", world.institutionA())
                .getString("institutions[0].link");
    }

    @Test
    void everyQuestionIsOnOnePageAndOneSendStoresThemAll() throws Exception {
        FormClient parent = new FormClient();
        parent.get(link);
        Response started = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "nl");
        String page = path(started);
        assertTrue(page.endsWith("/p/about"), "the page has the first defined page's id: " + page);

        String html = parent.get(page).asString();
        for (String item : new String[] {"sector", "p1", "p2", "p3", "p4", "better"}) {
            assertTrue(html.contains("name=\"" + item + "\""), item + " is on the one page");
        }
        assertTrue(html.contains("<h2>Uw kind</h2>") && html.contains("<h2>Het contact met school</h2>"), html);
        assertTrue(html.contains("Heeft u meer kinderen op school?"), "a section's intro is shown below its heading");
        assertFalse(html.contains("<progress"), "no progress bar for a single page");
        assertFalse(html.contains("value=\"next\""), "nothing comes after this page");

        Response refused = parent.post(page, "p1", "agree", "better", "Meer uitleg over de app", "action", "submit");
        assertEquals(400, refused.statusCode(), "the same page again, with what is missing, as every refused page");
        String again = refused.asString();
        assertTrue(again.contains("error-summary"), "the error is named");
        assertTrue(again.contains("Meer uitleg over de app"), "what was typed is kept");
        assertEquals("IN_PROGRESS", stored().get("status").asText(), "nothing is sent while the sector is missing");
        assertEquals("agree", stored().get("answers").get("p1").asText(), "but the answers are saved");

        Response sent = parent.post(
                page,
                "sector",
                "primary",
                "p1",
                "agree",
                "p4",
                "disagree",
                "better",
                "Meer uitleg",
                "action",
                "submit");
        assertEquals(303, sent.statusCode());
        assertTrue(path(sent).endsWith("/thanks"), path(sent));
        JsonNode response = stored();
        assertEquals("SUBMITTED", response.get("status").asText());
        assertEquals("primary", response.get("answers").get("sector").asText());
        assertEquals("disagree", response.get("answers").get("p4").asText());
        assertEquals("Meer uitleg", response.get("answers").get("better").asText());
        assertFalse(response.get("answers").has("p2"), "an unanswered statement stays unanswered");

        Response twice = parent.post(page, "sector", "secondary", "action", "submit");
        assertEquals(303, twice.statusCode());
        assertTrue(path(twice).endsWith("/thanks"), "a second send changes nothing");
        assertEquals("primary", stored().get("answers").get("sector").asText());
    }

    @Test
    void aPageIdOfTheDefinitionThatIsNotShownLeadsToTheOnePage() {
        FormClient parent = new FormClient();
        parent.get(link);
        String page = path(parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "nl"));
        Response elsewhere = parent.get(page.replace("/p/about", "/p/contact"));
        assertEquals(303, elsewhere.statusCode());
        assertTrue(path(elsewhere).endsWith("/p/about"), path(elsewhere));
    }

    private static String path(Response redirect) {
        return redirect.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private JsonNode stored() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select r.status, r.answers::text from response r join wave_institution wi"
                                + " on wi.id = r.wave_institution_id where wi.slug = ?")) {
            s.setString(1, link.substring(3));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "one response");
                var row = new ObjectMapper().createObjectNode();
                row.put("status", r.getString(1));
                row.set("answers", new ObjectMapper().readTree(r.getString(2)));
                assertFalse(r.next(), "only one response");
                return row;
            }
        }
    }
}
