package nl.betrokken.home;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import javax.sql.DataSource;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The accessibility statement: public, with the parts the government's format asks for, and linked from every page. */
@QuarkusTest
class AccessibilityStatementTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    private static Document page(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        return Jsoup.parse(response.asString());
    }

    private static String text(Document page, String css) {
        Element element = page.selectFirst(css);
        assertTrue(element != null, "the statement has " + css + ": " + page.body());
        return element.text();
    }

    @Test
    void theStatementIsPublicAndSaysStatusDateScopeAndContact() {
        Document statement = page(given().redirects().follow(false).get("/toegankelijkheid"), 200);
        assertEquals("nl", statement.selectFirst("html").attr("lang"));
        assertEquals("Toegankelijkheidsverklaring", text(statement, "h1"));
        assertEquals("Betrokken", text(statement, "#organisation"), "the organisation, unless configured otherwise");
        assertTrue(text(statement, "#status").startsWith("C – eerste maatregelen genomen"), text(statement, "#status"));
        assertTrue(text(statement, "#date").matches("\\d{1,2} [a-z]+ 20\\d\\d"), text(statement, "#date"));
        assertTrue(text(statement, "#research").matches("\\d{1,2} [a-z]+ 20\\d\\d.*"), text(statement, "#research"));
        assertTrue(text(statement, "#scope").contains("http://localhost"), "the address it is about");
        assertTrue(statement.text().contains("WCAG 2.2"), "the standard");
        assertTrue(statement.text().contains("axe-core"), "how it was measured");
        assertTrue(statement.select("h2").eachText().contains("Wat nog niet goed is"), "known limitations");
        assertTrue(
                text(statement, "#contact").contains("school of de gemeente"),
                "without a configured address, the way that every user has");
        assertTrue(statement.text().contains("Nationale ombudsman"), "where to complain next");
        assertTrue(statement.text().contains("30 minuten"), "the staff session's limit as configured");
        assertEquals(null, statement.selectFirst("#summary"), "no summary line for a Dutch reader");
        assertEquals(null, page(given().get("/toegankelijkheid?lang=xx"), 200).selectFirst("#summary"));
    }

    @Test
    void aParentInAnotherLanguageGetsOneLineInIt() {
        Document arabic = page(given().get("/toegankelijkheid?lang=ar"), 200);
        Element summary = arabic.selectFirst("#summary");
        assertEquals("ar", summary.attr("lang"));
        assertEquals("rtl", summary.attr("dir"));
        assertTrue(summary.text().contains("الهولندية"), summary.text());
        assertEquals("nl", arabic.selectFirst("html").attr("lang"), "the statement itself stays Dutch");
        assertEquals("Toegankelijkheidsverklaring", text(arabic, "h1"));

        Map<String, String> words = Map.of("en", "in Dutch", "tr", "Felemenkçe", "pl", "po niderlandzku");
        words.forEach((lang, word) -> {
            Element line =
                    page(given().get("/toegankelijkheid?lang=" + lang), 200).selectFirst("#summary");
            assertEquals(lang, line.attr("lang"));
            assertEquals("ltr", line.attr("dir"));
            assertTrue(line.text().contains(word), line.text());
        });
    }

    @Test
    void everyStaffPageLinksToItInTheFooter() {
        for (String path : new String[] {"/", "/login", "/login/code", "/no-such-page"}) {
            Response response = given().redirects().follow(false).get(path);
            assertTrue(
                    Jsoup.parse(response.asString()).selectFirst("footer a[href=/toegankelijkheid]") != null,
                    path + " links to the statement: " + response.asString());
        }
        String session = accounts.session(Role.ADMINISTRATOR, null);
        for (String path : new String[] {"/app", "/account/password", "/app/nothing-here"}) {
            Element link = Jsoup.parse(Accounts.as(session).get(path).asString())
                    .selectFirst("footer a[href=/toegankelijkheid]");
            assertTrue(link != null, path + " links to the statement");
            assertEquals("Toegankelijkheid", link.text());
        }
    }

    @Test
    void someoneWhoMustFirstChooseAPasswordCanStillReadIt() throws Exception {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        String session = Accounts.login(username);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("update app_user set must_change_password = true where username = ?")) {
            s.setString(1, username);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals(
                303,
                Accounts.as(session).redirects().follow(false).get("/app").statusCode(),
                "the account is not ready");
        page(Accounts.as(session).redirects().follow(false).get("/toegankelijkheid"), 200);
    }

    @Test
    void everyParentPageLinksToItInTheParentsLanguage() {
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        var wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        String link = wave.getString("institutions[0].link");
        String letter = "/app/waves/" + wave.getLong("id") + "/institutions/" + world.institutionA() + "/letter";
        assertTrue(
                Jsoup.parse(Accounts.as(analyst).get(letter).asString())
                                .selectFirst("footer.screen-only a[href=/toegankelijkheid]")
                        != null,
                "the letter links to it on screen, not on paper");
        Map<String, String> texts = Map.of(
                "nl", "Toegankelijkheid",
                "en", "Accessibility",
                "ar", "إمكانية الوصول",
                "tr", "Erişilebilirlik",
                "pl", "Dostępność");
        texts.forEach((lang, text) -> {
            for (String path : new String[] {link + "?lang=" + lang, "/c?lang=" + lang}) {
                Element footer = page(given().get(path), 200).selectFirst("footer a");
                assertTrue(footer != null, path + " has the footer link");
                assertEquals("/toegankelijkheid?lang=" + lang, footer.attr("href"), path);
                assertEquals(text, footer.text(), path);
            }
        });

        FormClient parent = new FormClient();
        parent.get(link + "?lang=pl");
        Response started = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "pl");
        Document question = page(parent.follow(started), 200);
        assertTrue(question.selectFirst("#answers") != null, "a question page");
        assertEquals(
                "/toegankelijkheid?lang=pl", question.selectFirst("footer a").attr("href"));
        assertEquals(
                "/toegankelijkheid?lang=nl",
                page(given().get("/s/NoSuchLinkAtAll12345"), 404)
                        .selectFirst("footer a")
                        .attr("href"),
                "an unknown link too");
    }
}
