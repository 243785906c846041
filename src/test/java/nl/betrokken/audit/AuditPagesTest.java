package nl.betrokken.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The audit trail on screen: filtered by person, object and days, and downloadable with the same filter. */
@QuarkusTest
class AuditPagesTest {

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @Test
    void anAdministratorFindsWhoDidWhatAndDownloadsIt() {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        FormClient admin = FormClient.loggedIn(username);
        admin.get("/app/admin/organisations");
        String name = "Gemeente Logboek " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(
                303,
                admin.post("/app/admin/organisations/municipalities", "name", name)
                        .statusCode());

        Document page = Jsoup.parse(admin.get("/app/audit?person=" + username + "&object=municipality")
                .asString());
        assertEquals(1, page.select("tbody tr").size(), page.select("tbody").text());
        assertTrue(page.selectFirst("tbody tr").text().contains(name));
        assertTrue(page.selectFirst("tbody tr").text().contains("created"));

        String csvLink = page.select("a[href^=/app/audit/export.csv]").attr("href");
        // the link is encoded once already; the test client would encode it again
        Response csv = admin.get(URLDecoder.decode(csvLink, StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode());
        String[] lines = csv.asString().replace("\ufeff", "").strip().split("\r?\n");
        assertEquals(2, lines.length, csv.asString());
        assertTrue(lines[0].startsWith("occurred_at,username,action"));
        assertTrue(lines[1].contains(name) && lines[1].contains(username));

        String tomorrow = LocalDate.now().plusDays(1).toString();
        Document later = Jsoup.parse(
                admin.get("/app/audit?person=" + username + "&from=" + tomorrow).asString());
        assertTrue(later.select("tbody tr").isEmpty(), "nothing happened tomorrow yet");

        Response backwards = admin.get("/app/audit?from=" + tomorrow + "&to=" + LocalDate.now());
        assertEquals(400, backwards.statusCode());
        assertEquals(
                "De einddatum ligt voor de begindatum.",
                Jsoup.parse(backwards.asString()).getElementById("err-to").text());
        Response backwardsCsv = admin.get("/app/audit/export.csv?from=" + tomorrow + "&to=" + LocalDate.now());
        assertEquals(400, backwardsCsv.statusCode(), "the download refuses the same range, before it starts");
        Response notADate = admin.get("/app/audit?from=gisteren");
        assertEquals(400, notADate.statusCode());
        assertEquals(
                "Vul een datum in, zoals 31-12-2028.",
                Jsoup.parse(notADate.asString()).getElementById("err-from").text());
    }

    @Test
    void anAnalystSeesItsOwnMunicipalityOnly() {
        Fixtures.World world = fixtures.world();
        FormClient analystA = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        FormClient analystB = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityB()));
        String school = "Logboekschool " + UUID.randomUUID().toString().substring(0, 6);
        analystB.get("/app/admin/organisations/municipalities/" + world.municipalityB());
        assertEquals(
                303,
                analystB.post(
                                "/app/admin/organisations/municipalities/" + world.municipalityB() + "/institutions",
                                "boardId",
                                String.valueOf(world.boardB()),
                                "name",
                                school,
                                "sector",
                                "primary")
                        .statusCode());
        assertTrue(analystB.get("/app/audit?object=institution").asString().contains(school));
        assertFalse(analystA.get("/app/audit?object=institution").asString().contains(school));
        assertFalse(analystA.get("/app/audit/export.csv").asString().contains(school));
    }
}
