package nl.betrokken.waves;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Parents;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.Test;

/**
 * A wave that reaches parents through three channels besides the schools' own links, with answers
 * given alone and with a helper, counted per channel and per way; what they answered is shown once the
 * wave has closed, under the segment rules (threshold 5).
 *
 * <pre>
 * school A1 (primary)     n   home language   a1 (satisfied-relationship)
 *   own link             10   dutch            agree
 *   library               7   other            agree
 *   health clinic         2   other            disagree
 *   key person, helper    5   other            disagree
 *   key person, helper    1   (not asked)      disagree   (through the pages)
 * school A2 (secondary)
 *   own link              3   dutch            agree
 *   health clinic, paper  2   other            agree      (two paper forms, entered by staff)
 *
 * home language at A1 per channel: own 10, library 7, key person 5 are at least 5, the clinic's 2 is
 * not; shown ones leave 2 over, which would give the clinic away, so the smallest shown (key person, 5)
 * is hidden too: 7 left over. Per way at A1: alone 19, with help 5: both shown, nothing left over.
 * A2's 5 answers make its own figure, but none of its parts (3 and 2) reaches 5: it is not split.
 * satisfied-relationship per way: alone 17 of 19 (own 10 + library 7), with help 0 of 6;
 * with help minus alone = -17/19 = -0.8947.
 * </pre>
 */
@QuarkusTest
class ChannelsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    @Inject
    EntityManager entityManager;

    @Test
    void aWaveCountsItsChannelsAndWaysAndShowsWhatTheyReachedOnceClosed() {
        var world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        JsonPath wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA(), world.institutionA2());
        long id = wave.getLong("id");
        String ownA1 = wave.getString("institutions.find { it.institutionId == " + world.institutionA() + " }.link");
        String ownA2 = wave.getString("institutions.find { it.institutionId == " + world.institutionA2() + " }.link");

        JsonPath library = add(analyst, id, "Bibliotheek Centrum", "library");
        JsonPath clinic = add(analyst, id, "Consultatiebureau Oost", "health-clinic");
        JsonPath keyPerson = add(analyst, id, "Sleutelfiguur Amina", "key-person");
        assertEquals(2, library.getList("schools").size(), "a link per school of the wave");
        assertTrue(library.getString("link").startsWith("/k/"), library.getString("link"));

        Accounts.as(analyst)
                .body(Map.of("name", "Bibliotheek centrum", "kind", "library"))
                .post("/api/waves/" + id + "/channels")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        Accounts.as(analyst)
                .body(Map.of("name", "Buurthuis", "kind", "pub"))
                .post("/api/waves/" + id + "/channels")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Accounts.as(analyst)
                .get("/api/waves/" + id + "/channels")
                .then()
                .statusCode(200)
                .body("name", hasItems("Bibliotheek Centrum", "Consultatiebureau Oost", "Sleutelfiguur Amina"));

        // the municipality-wide link lets the parent pick the school; the helper's leads to the helper's links
        String assistedA1 = link(keyPerson, world.institutionA(), "assistedLink");
        new FormClient()
                .get(keyPerson.getString("assistedLink"))
                .then()
                .statusCode(200)
                .body(containsString("Kies de school van uw kind"))
                .body(containsString(assistedA1 + "?lang=nl"))
                .body(containsString("U vult de vragen in met hulp"));
        new FormClient()
                .get(library.getString("link"))
                .then()
                .statusCode(200)
                .body(containsString(link(library, world.institutionA2(), "link") + "?lang=nl"))
                .body(not(containsString("met hulp")));
        new FormClient()
                .get(assistedA1)
                .then()
                .statusCode(200)
                .body(containsString("De helper leest alleen voor en legt uit."));
        new FormClient()
                .get(link(library, world.institutionA(), "link"))
                .then()
                .statusCode(200)
                .body(not(containsString("De helper leest alleen voor")));

        // one parent answers with the key person through the pages; the rest is written straight away
        Parents.answer(assistedA1, "primary", "disagree");
        assertEquals(
                List.of("ASSISTED " + keyPerson.getLong("id")),
                stored("select answer_way || ' ' || channel_id from response where channel_id = "
                        + keyPerson.getLong("id")));
        responses.add(ownA1, Map.of("home-language", "dutch", "a1", "agree"), 10);
        responses.add(link(library, world.institutionA(), "link"), Map.of("home-language", "other", "a1", "agree"), 7);
        responses.add(
                link(clinic, world.institutionA(), "link"), Map.of("home-language", "other", "a1", "disagree"), 2);
        responses.add(assistedA1, Map.of("home-language", "other", "a1", "disagree"), 5);
        responses.add(ownA2, Map.of("home-language", "dutch", "a1", "agree"), 3);
        List<String> forms = Accounts.as(analyst)
                .body(Map.of("institutionId", world.institutionA2(), "count", 2, "channelId", clinic.getLong("id")))
                .post("/api/waves/" + id + "/paper-forms")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("codes");
        for (String form : forms) {
            Accounts.as(analyst)
                    .body(Map.of("answers", Map.of("home-language", "other", "a1", "agree")))
                    .post("/api/waves/" + id + "/paper-forms/" + form + "/entry")
                    .then()
                    .statusCode(201);
        }
        figures.publish();

        // open: numbers of respondents per channel, sector and way; no answers per channel yet
        JsonPath open = report(analyst, id);
        assertEquals(false, open.getBoolean("answersPublished"));
        assertEquals(13, channel(open, null).getInt("respondents"));
        assertEquals(
                Map.of("primary", 10, "secondary", 3),
                Map.of(
                        "primary", channel(open, null).getInt("sectors.find { it.code == 'primary' }.respondents"),
                        "secondary",
                                channel(open, null).getInt("sectors.find { it.code == 'secondary' }.respondents")));
        assertEquals(7, channel(open, library.getLong("id")).getInt("respondents"));
        assertEquals(4, channel(open, clinic.getLong("id")).getInt("respondents"));
        assertEquals(
                2, channel(open, clinic.getLong("id")).getInt("sectors.find { it.code == 'secondary' }.respondents"));
        assertEquals(6, channel(open, keyPerson.getLong("id")).getInt("respondents"));
        assertEquals(22, open.getInt("ways.find { it.way == 'self' }.respondents"));
        assertEquals(6, open.getInt("ways.find { it.way == 'assisted' }.respondents"));
        assertEquals(2, open.getInt("ways.find { it.way == 'paper' }.respondents"));
        assertEquals(List.of(), channel(open, library.getLong("id")).getList("makeUp"));
        assertEquals(List.of(), open.getList("indicators"));

        Accounts.as(analyst).post("/api/waves/" + id + "/close").then().statusCode(200);
        JsonPath closed = report(analyst, id);
        assertEquals(true, closed.getBoolean("answersPublished"));
        JsonPath own = makeUp(closed, null);
        assertEquals(false, own.getBoolean("suppressed"));
        assertEquals(10, own.getInt("answered"), "A2 is not split: its 3 and 2 are too few");
        assertEquals(10, own.getInt("groups.find { it.answer == 'dutch' }.respondents"));
        JsonPath reachedByLibrary = makeUp(closed, library.getLong("id"));
        assertEquals(false, reachedByLibrary.getBoolean("suppressed"));
        assertEquals(7, reachedByLibrary.getInt("groups.find { it.answer == 'other' }.respondents"));
        assertEquals("too-few-answers", makeUp(closed, clinic.getLong("id")).getString("withheld"));
        assertEquals(
                true,
                makeUp(closed, keyPerson.getLong("id")).getBoolean("suppressed"),
                "the key person's 5 are hidden: with them shown, the clinic's 2 follow by subtraction");

        JsonPath satisfied = at(closed, "indicators.find { it.indicatorId == 'satisfied-relationship' }");
        assertEquals(17, satisfied.getInt("ways.find { it.group == 'self' }.positive"));
        assertEquals(19, satisfied.getInt("ways.find { it.group == 'self' }.answered"));
        assertEquals(0, satisfied.getInt("ways.find { it.group == 'assisted' }.positive"));
        assertEquals(6, satisfied.getInt("ways.find { it.group == 'assisted' }.answered"));
        assertEquals(true, satisfied.getBoolean("ways.find { it.group == 'paper' }.suppressed"));
        assertEquals(-17.0 / 19, satisfied.getDouble("assistedMinusSelf"), 1e-6);
        assertEquals(true, satisfied.getBoolean("significant"));

        // the monitor page says the same in words
        Accounts.as(analyst)
                .get("/monitor/waves/" + id + "/channels")
                .then()
                .statusCode(200)
                .body(containsString("Bibliotheek Centrum: Welke taal spreekt u thuis?"))
                .body(containsString("Met hulp ingevuld"))
                .body(containsString("<th scope=\"row\">Op papier</th><td>2</td>"))
                .body(containsString("−89 procentpunt"));

        // a school's lead sees only their own school's part, here the same split of A1's answers
        String leadA2 = accounts.session(Role.INSTITUTION_LEAD, world.institutionA2());
        JsonPath ofA2 = report(leadA2, id);
        assertEquals(5, ofA2.getInt("respondents"));
        assertEquals(2, channel(ofA2, clinic.getLong("id")).getInt("respondents"));
        assertEquals(true, makeUp(ofA2, null).getBoolean("suppressed"));
        assertEquals(0, channel(ofA2, library.getLong("id")).getInt("respondents"));
    }

    @Test
    void postersAndSlipsCarryTheChannelsLinkAndTheChosenLanguage() {
        var world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        long id = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getLong("id");
        JsonPath library = add(analyst, id, "Bibliotheek Noord", "library");
        long channel = library.getLong("id");
        Accounts.as(analyst)
                .get("/app/waves/" + id + "/channels/" + channel + "/poster?lang=ar")
                .then()
                .statusCode(200)
                .body(containsString(library.getString("link")))
                .body(containsString("dir=\"rtl\""))
                .body(containsString("<svg"));
        Accounts.as(analyst)
                .get("/app/waves/" + id + "/channels/" + channel + "/slips?institution=" + world.institutionA())
                .then()
                .statusCode(200)
                .body(containsString(link(library, world.institutionA(), "link")));
        Accounts.as(analyst)
                .get("/app/waves/" + id + "/channels/" + channel + "/slips?institution=" + world.institutionB())
                .then()
                .statusCode(404);

        FormClient staff = FormClient.loggedIn(accountsOf(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        staff.get("/app/waves/" + id + "/channels").then().statusCode(200).body(containsString("Bibliotheek Noord"));
        staff.post("/app/waves/" + id + "/channels", "name", " ", "kind", "library")
                .then()
                .statusCode(400)
                .body(containsString("Geef het kanaal een naam"));
        var added =
                staff.post("/app/waves/" + id + "/channels", "name", "Buurthuis De Brug", "kind", "community-centre");
        assertEquals(303, added.statusCode());
        staff.follow(added)
                .then()
                .statusCode(200)
                .body(containsString("Buurthuis De Brug"))
                .body(containsString("Voor helpers"));
    }

    private String accountsOf(Role role, long organisationId) {
        return accounts.create(role, organisationId);
    }

    private static JsonPath add(String session, long wave, String name, String kind) {
        return Accounts.as(session)
                .body(Map.of("name", name, "kind", kind))
                .post("/api/waves/" + wave + "/channels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static String link(JsonPath channel, long institutionId, String which) {
        return channel.getString("schools.find { it.institutionId == " + institutionId + " }." + which);
    }

    private static JsonPath report(String session, long wave) {
        return Accounts.as(session)
                .get("/api/analysis/waves/" + wave + "/channels")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath channel(JsonPath report, Long channelId) {
        return at(report, channelPath(channelId));
    }

    private static JsonPath makeUp(JsonPath report, Long channelId) {
        return at(report, channelPath(channelId) + ".makeUp.find { it.itemId == 'home-language' }");
    }

    private static String channelPath(Long channelId) {
        return "channels.find { it.channelId == " + (channelId == null ? "null" : channelId) + " }";
    }

    private static JsonPath at(JsonPath json, String root) {
        return new JsonPath(json.prettify()).setRootPath(root);
    }

    List<String> stored(String sql) {
        @SuppressWarnings("unchecked")
        List<String> rows = entityManager.createNativeQuery(sql).getResultList();
        return rows;
    }
}
