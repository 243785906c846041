package nl.betrokken.lea;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.PdfText;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The yearly LEA evaluation as a PDF: the goal's status and trend table as the page shows them, the
 * partners' comments, and on every page the date and the privacy threshold; not for leads or strangers.
 */
@QuarkusTest
class EvaluationPdfTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    private String analystSession;
    private FormClient analyst;
    private Municipality municipality;
    private Institution school;
    private long plan;

    @BeforeEach
    void planWithAGoalOnTheMonitor() {
        municipality = fixtures.municipality("Gemeente Evaluatie " + System.nanoTime());
        Board board = fixtures.board(municipality, "Bestuur Evaluatie " + System.nanoTime());
        school = fixtures.institution(board, "School Evaluatie", Sector.PRIMARY);
        String analystName = accounts.create(Role.MUNICIPALITY_ANALYST, municipality.id);
        analystSession = Accounts.login(analystName);
        analyst = FormClient.loggedIn(analystName);
        JsonPath before = Waves.open(
                analystSession, "parent-baseline", "link", TODAY.minusDays(400), TODAY.plusDays(1), school.id);
        responses.add(before.getString("institutions[0].link"), Map.of("sector", "primary", "a1", "agree"), 30);
        responses.add(before.getString("institutions[0].link"), Map.of("sector", "primary", "a1", "disagree"), 20);
        JsonPath now = Waves.open(analystSession, "parent-baseline", "link", TODAY, TODAY.plusDays(30), school.id);
        responses.add(now.getString("institutions[0].link"), Map.of("sector", "primary", "a1", "agree"), 45);
        responses.add(now.getString("institutions[0].link"), Map.of("sector", "primary", "a1", "disagree"), 5);
        figures.publish();

        analyst.get("/lea/plans/new");
        Response created = analyst.post("/lea/plans", "title", "Samen met ouders", "screeningId", "");
        assertEquals(303, created.statusCode(), created.asString());
        plan = Long.parseLong(created.header("Location").replaceAll(".*/plans/", ""));
        analyst.get("/lea/plans/" + plan);
        analyst.post(
                "/lea/plans/" + plan + "/goals",
                "description",
                "Meer tevreden ouders",
                "dueDate",
                "2028-12-31",
                "indicator",
                "parent-baseline/satisfied-relationship",
                "threshold",
                "80");
    }

    @Test
    void thePdfHasTheStatusTrendAndCommentsWithTheDateAndThresholdOnEveryPage() throws Exception {
        String path = "/lea/plans/" + plan + "/evaluation?year=" + TODAY.getYear();
        analyst.get(path);
        Response commented = analyst.post(
                "/lea/plans/" + plan + "/evaluation/comments",
                "year",
                String.valueOf(TODAY.getYear()),
                "body",
                "Goed op weg – مرحبا");
        assertEquals(303, commented.statusCode(), commented.asString());
        Document page = Jsoup.parse(analyst.get(path).asString());
        Element link = page.selectFirst("a[href^=/lea/plans/" + plan + "/evaluation.pdf]");
        assertTrue(link != null, "the evaluation offers its PDF");

        PdfText pdf = PdfText.of(Accounts.as(analystSession).get(link.attr("href")));
        String text = pdf.text();
        assertTrue(text.contains("Jaarlijkse evaluatie " + TODAY.getYear() + ": Samen met ouders"), text);
        assertTrue(text.contains(municipality.name), text);
        String status = PdfText.fold(page.selectFirst(".goal .status").text());
        assertTrue(status.startsWith("gehaald: 90 %"), status);
        assertTrue(text.contains(status), "the status as the page shows it: " + status + "\n" + text);
        int rows = 0;
        for (Element row : page.select("table.data tbody tr")) {
            assertTrue(text.contains(PdfText.fold(row.text())), "the PDF has the row \"" + row.text() + "\":\n" + text);
            rows++;
        }
        assertEquals(2, rows, "both waves of the trend");
        assertTrue(text.contains("Goed op weg"), "the comments");

        String today = StaffLanguage.date(TODAY);
        String note =
                "Privacydrempel: van groepen van minder dan 5 ouders of teamleden staat geen cijfer in deze evaluatie.";
        for (int i = 0; i < pdf.pages().size(); i++) {
            String onPage = pdf.pages().get(i);
            assertTrue(onPage.contains("gemaakt op " + today), "page " + (i + 1) + " has the date:\n" + onPage);
            assertTrue(onPage.contains(note), "page " + (i + 1) + " has the threshold:\n" + onPage);
        }
    }

    @Test
    void leadsAndStrangersGetNoPdf() {
        String pdf = "/lea/plans/" + plan + "/evaluation.pdf";
        Response anonymous = given().redirects().follow(false).get(pdf);
        assertEquals(303, anonymous.statusCode());
        Response lead =
                Accounts.as(accounts.session(Role.INSTITUTION_LEAD, school.id)).get(pdf);
        assertEquals(403, lead.statusCode());
        assertFalse(String.valueOf(lead.contentType()).startsWith("application/pdf"));
        var world = fixtures.world();
        Response stranger = Accounts.as(accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityB()))
                .get(pdf);
        assertEquals(404, stranger.statusCode());
        assertFalse(String.valueOf(stranger.contentType()).startsWith("application/pdf"));
    }
}
