package nl.betrokken.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Targets on screen: any indicator of any questionnaire, for the municipality, a sector or one school. */
@QuarkusTest
class TargetPagesTest {

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @Test
    void anAnalystSetsATargetOnAnInstitutionIndicatorForOneSchool() {
        Fixtures.World world = fixtures.world();
        FormClient analyst = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        Document form = Jsoup.parse(analyst.get("/app/targets/new").asString());
        assertFalse(
                form.select("#indicator option[value=institution-baseline/has-parent-policy]")
                        .isEmpty(),
                "indicators of the institution baseline are offered");
        assertFalse(
                form.select("#indicator option[value^=school-typology-staff/]").isEmpty()
                        && form.select("#indicator option[value^=parent-baseline/]")
                                .isEmpty(),
                "and those of the other questionnaires");
        assertTrue(
                form.select("#scope option[value=institution:" + world.institutionB() + "]")
                        .isEmpty(),
                "schools of another municipality are not offered");

        String name = "Beleid met ouders " + UUID.randomUUID().toString().substring(0, 6);
        Response refused = analyst.post(
                "/app/targets/new",
                "name",
                name,
                "indicator",
                "",
                "scope",
                "institution:" + world.institutionA(),
                "threshold",
                "150",
                "deadline",
                "31-12-2028");
        assertEquals(400, refused.statusCode());
        Document errors = Jsoup.parse(refused.asString());
        assertEquals("Vul dit in.", errors.getElementById("err-indicator").text());
        assertEquals(
                "Vul een percentage van meer dan 0 tot en met 100 in, zoals 90.",
                errors.getElementById("err-threshold").text());
        assertEquals("150", errors.getElementById("threshold").val(), "what was typed is kept");
        assertEquals("31-12-2028", errors.getElementById("deadline").val());

        Response created = analyst.post(
                "/app/targets/new",
                "name",
                name,
                "indicator",
                "institution-baseline/has-parent-policy",
                "scope",
                "institution:" + world.institutionA(),
                "threshold",
                "87,5",
                "deadline",
                "2028-12-31");
        assertEquals(303, created.statusCode(), created.asString());
        Document list = Jsoup.parse(analyst.follow(created).asString());
        Element row = list.select("tbody tr").stream()
                .filter(r -> r.text().contains(name))
                .findFirst()
                .orElseThrow();
        assertTrue(row.text().contains("Instelling heeft een beschreven ouderbeleid"), row.text());
        assertTrue(row.text().contains("87,5"), row.text());
        assertTrue(row.text().contains("te weinig respons"), "no answers yet: " + row.text());

        String edit = row.selectFirst("a").attr("href");
        Document editForm = Jsoup.parse(analyst.get(edit).asString());
        assertEquals("87,5", editForm.getElementById("threshold").val());
        assertEquals(
                "institution:" + world.institutionA(),
                editForm.select("#scope option[selected]").val());
        Response changed = analyst.post(
                edit,
                "name",
                name,
                "indicator",
                "institution-baseline/has-parent-policy",
                "scope",
                "",
                "threshold",
                "90",
                "deadline",
                "2028-12-31");
        assertEquals(303, changed.statusCode(), changed.asString());
        assertTrue(Jsoup.parse(analyst.follow(changed).asString()).text().contains("De hele gemeente"));

        FormClient lead = FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, world.boardA()));
        Document leadList = Jsoup.parse(lead.get("/app/targets").asString());
        assertTrue(leadList.text().contains(name), "a board member sees the municipality's targets");
        assertTrue(leadList.select("a[href=" + edit + "]").isEmpty(), "but cannot change them");
        assertEquals(403, lead.get(edit).statusCode());

        analyst.get(edit);
        Response deleted = analyst.post(edit + "/delete");
        assertEquals(303, deleted.statusCode());
        assertFalse(Jsoup.parse(analyst.follow(deleted).asString()).text().contains(name));
    }

    @Test
    void theDashboardWithoutTargetsLinksToTheTargetForm() {
        Fixtures.World world = fixtures.world();
        FormClient analyst = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        String dashboard =
                analyst.get("/monitor/municipalities/" + world.municipalityA()).asString();
        assertFalse(dashboard.contains("POST /api"), "no page sends a policy officer to the API");
        assertTrue(Jsoup.parse(dashboard).select("a[href=/app/targets/new]").size() > 0);
    }
}
