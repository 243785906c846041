package nl.betrokken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.parse.DefinitionParser;
import nl.betrokken.definitions.parse.DefinitionProblem;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sixth language added the documented way, with files only: Testlandic ({@code xx}, English spelt
 * backwards) has its bundle files in src/test/resources/messages and languages, its questionnaire in
 * src/test/resources/testlandic, and this profile puts it on offer. No Java knows it.
 */
@QuarkusTest
@TestProfile(SixthLanguageTest.Testlandic.class)
class SixthLanguageTest {

    static final Path DEFINITIONS = Path.of("src/test/resources/testlandic");
    static final String FILE = "testlandic-contact.yaml";

    /** The one line of configuration that adding a language takes, and a folder with its questionnaire. */
    public static class Testlandic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "betrokken.languages",
                    "nl,en,ar,tr,pl,xx",
                    "betrokken.definitions.directory",
                    DEFINITIONS.toString());
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    private Fixtures.World world;
    private String analyst;

    @BeforeEach
    void world() {
        world = fixtures.world();
        analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
    }

    @Test
    void theLanguageComesFromItsFiles() {
        assertEquals(List.of("nl", "en", "ar", "tr", "pl", "xx"), SupportedLanguage.codes());
        assertEquals(
                new SupportedLanguage("xx", "Testlandic", "Testlands", false, "Sey", "On"),
                SupportedLanguage.byCode("xx").orElseThrow());
    }

    @Test
    void theCheckerTakesTheTestlandicTextsAndMissesOneThatIsGone() throws IOException {
        String yaml = Files.readString(DEFINITIONS.resolve(FILE), StandardCharsets.UTF_8);
        DefinitionParser.Result complete = DefinitionParser.parse(FILE, yaml);
        assertEquals(List.of(), complete.problems());
        Questionnaire q = complete.questionnaire().orElseThrow();
        assertEquals(List.of("nl", "xx"), q.languages());
        assertEquals("Tcatnoc htiw eht loohcs", q.title().in("xx"));

        String question = "          xx: Od uoy raeh hguone morf eht loohcs?\n";
        assertTrue(yaml.contains(question), "test setup");
        DefinitionParser.Result broken = DefinitionParser.parse(FILE, yaml.replace(question, ""));
        assertTrue(broken.questionnaire().isEmpty());
        List<String> problems =
                broken.problems().stream().map(DefinitionProblem::toString).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(
                problems.get(0)
                        .endsWith("item 'heard' text has no 'xx' text; every language in 'languages' needs one"
                                + " (or remove 'xx' from 'languages')"),
                problems.get(0));
    }

    @Test
    void aParentPicksItOnTheLandingPageAndAnswersInIt() {
        String link = Waves.openNow(analyst, "testlandic-contact", "link", world.institutionA())
                .getString("institutions[0].link");
        FormClient parent = new FormClient();

        Document dutch = Jsoup.parse(parent.get(link).asString());
        Element choice = dutch.selectFirst("nav.languages a[lang=xx]");
        assertNotNull(choice, "the language picker offers Testlandic");
        assertEquals("Testlandic", choice.text());
        assertEquals(link + "?lang=xx", choice.attr("href"));

        Response landing = parent.get(link + "?lang=xx");
        assertEquals(200, landing.statusCode());
        Document page = Jsoup.parse(landing.asString());
        assertEquals("xx", page.selectFirst("html").attr("lang"));
        assertEquals("ltr", page.selectFirst("html").attr("dir"));
        assertEquals("Tcatnoc htiw eht loohcs", page.selectFirst("h1").text(), "the definition's text");
        assertTrue(page.text().contains("Siht eriannoitseuq si suomynona."), "the bundle's text: " + page.text());
        assertEquals("Trats", page.selectFirst("form button").text());

        Response started = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "xx");
        assertEquals(303, started.statusCode(), started.asString());
        Document first = Jsoup.parse(parent.get(started.header("Location").replaceFirst("^https?://[^/]+", ""))
                .asString());
        assertEquals("xx", first.selectFirst("html").attr("lang"));
        assertTrue(first.text().contains("Od uoy raeh hguone morf eht loohcs?"), first.text());
        assertTrue(first.text().contains("Dnes"), "the send button in the words of msg_xx: " + first.text());
        assertTrue(first.select("progress").isEmpty(), "a questionnaire of one page needs no progress bar");
        assertEquals(
                List.of("Sey", "On"),
                first.select("input[name=heard] + label").eachText(),
                "the yes/no words of languages/xx.properties");
    }

    @Test
    void theCodePageOffersItToo() {
        Document code = Jsoup.parse(new FormClient().get("/c?lang=xx").asString());
        assertEquals("xx", code.selectFirst("html").attr("lang"));
        assertEquals("Testlandic", code.selectFirst("nav.languages a[lang=xx]").text());
    }

    @Test
    void staffPrintTheLetterInItWithItsDutchNameInTheChooser() {
        JsonPath wave = Waves.openNow(analyst, "testlandic-contact", "link", world.institutionA());
        long id = wave.getLong("id");
        Document page = Jsoup.parse(Accounts.as(analyst)
                .get("/app/waves/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Element option = page.selectFirst("option[value=xx]");
        assertNotNull(option, "the letter chooser offers the wave's languages");
        assertEquals("Testlands (Testlandic)", option.text());

        Document letter = Jsoup.parse(Accounts.as(analyst)
                .get("/app/waves/" + id + "/institutions/" + world.institutionA() + "/letter?lang=xx")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Element half = letter.selectFirst("section.half[lang=xx]");
        assertNotNull(half, "a Testlandic half beside the Dutch one");
        assertEquals("ltr", half.attr("dir"));
        assertTrue(half.text().contains("Raed tnerap ro rerac,"), half.text());
        assertTrue(half.text().contains("Tcatnoc htiw eht loohcs"), half.text());
    }
}
