package nl.betrokken.monitor;

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
import java.util.HashMap;
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
import nl.betrokken.testing.PdfText;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The institution report as a PDF: the figures of the page, the typology chart and its tables, and
 * on every page the date and the privacy threshold; for whoever may read the page, and nobody else.
 */
@QuarkusTest
class ReportPdfTest {

    private static final String NAME = "Kindcentrum ’t Ëiland";

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    private Institution school;
    private Institution other;
    private String lead;
    private long wave;

    @BeforeEach
    void schoolWithFigures() {
        Municipality municipality = fixtures.municipality("Gemeente Rapport " + System.nanoTime());
        Board board = fixtures.board(municipality, "Bestuur Rapport");
        school = fixtures.institution(board, NAME, Sector.PRIMARY);
        other = fixtures.institution(board, "Andere School", Sector.PRIMARY);
        lead = accounts.session(Role.INSTITUTION_LEAD, school.id);
        JsonPath opened = Waves.openNow(lead, "parent-baseline", "link", school.id);
        wave = opened.getLong("id");
        String link = opened.getString("institutions[0].link");
        responses.add(link, Map.of("sector", "primary", "a1", "agree", "a2", "agree-strongly", "b1", "agree"), 9);
        responses.add(link, Map.of("sector", "primary", "a1", "disagree", "a2", "agree", "b1", "dont-know"), 3);
        String staff =
                Waves.openNow(lead, "school-typology-staff", "link", school.id).getString("institutions[0].link");
        Map<String, String> typology = new HashMap<>();
        for (int i = 1; i <= 30; i++) {
            String item = String.format("t%02d", i);
            typology.put(item + ":current", i <= 12 ? "yes" : "no");
            typology.put(item + ":desired", "yes");
        }
        responses.add(staff, typology, 6);
        figures.publish();
    }

    @Test
    void thePdfHasTheFiguresOfThePageAndTheDateAndThresholdOnEveryPage() throws Exception {
        Document page = Jsoup.parse(Accounts.as(lead)
                .get("/monitor/institutions/" + school.id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Element link = page.selectFirst("a[href^=/monitor/institutions/" + school.id + "/report.pdf]");
        assertTrue(link != null, "the report offers its PDF");
        assertEquals("/monitor/institutions/" + school.id + "/report.pdf?wave=" + wave, link.attr("href"));

        PdfText pdf = PdfText.of(Accounts.as(lead).get(link.attr("href")));
        String text = pdf.text();
        assertTrue(text.contains(NAME + ": ouderbetrokkenheid"), text);
        assertEquals("Rapport " + NAME, pdf.title());
        assertTrue(pdf.fonts().stream().allMatch(f -> f.contains("DejaVuSans")), "embedded fonts: " + pdf.fonts());

        // every figure in the tables of the page is in the PDF, row by row
        int rows = 0;
        for (Element row : page.select("table.data tbody tr")) {
            assertTrue(text.contains(PdfText.fold(row.text())), "the PDF has the row \"" + row.text() + "\":\n" + text);
            rows++;
        }
        assertTrue(rows > 20, "indicators, items and typology rungs: " + rows);
        assertTrue(text.contains("12 ouders antwoordden"), text);

        String today = StaffLanguage.date(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        String note =
                "Privacydrempel: van groepen van minder dan 5 ouders of 5 teamleden staat geen cijfer in dit rapport.";
        assertTrue(
                pdf.pages().size() >= 2,
                "a report of several pages: " + pdf.pages().size());
        for (int i = 0; i < pdf.pages().size(); i++) {
            String onPage = pdf.pages().get(i);
            assertTrue(onPage.contains("gemaakt op " + today), "page " + (i + 1) + " has the date:\n" + onPage);
            assertTrue(onPage.contains(note), "page " + (i + 1) + " has the threshold:\n" + onPage);
            assertTrue(
                    onPage.contains("pagina " + (i + 1) + " van " + pdf.pages().size()), onPage);
        }
    }

    @Test
    void onlyWhoeverMayReadTheReportGetsItsPdf() {
        Response anonymous =
                given().redirects().follow(false).get("/monitor/institutions/" + school.id + "/report.pdf");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.header("Location").contains("/login"), anonymous.header("Location"));

        String otherLead = accounts.session(Role.INSTITUTION_LEAD, other.id);
        Response stranger = Accounts.as(otherLead).get("/monitor/institutions/" + school.id + "/report.pdf");
        assertEquals(404, stranger.statusCode());
        assertFalse(String.valueOf(stranger.contentType()).startsWith("application/pdf"));
        assertFalse(stranger.asString().contains(NAME), "not even the name");
    }
}
