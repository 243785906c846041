package nl.betrokken.openanswers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Open answers from reading to published theme counts, at the parents' threshold of 5: school A has 8
 * respondents of whom 6 wrote something, school B only 3 (below the threshold: never shown), school C 7
 * with 6 remarks. Every count below follows from the codings the test makes.
 */
@QuarkusTest
class OpenAnswersTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    private record World(long wave, long municipality, long a, long b, long c, String analyst) {}

    private World world() {
        Municipality m = fixtures.municipality("Gemeente Open " + System.nanoTime());
        Board board = fixtures.board(m, "Bestuur Open");
        long a = fixtures.institution(board, "School A", Sector.PRIMARY).id;
        long b = fixtures.institution(board, "School B", Sector.PRIMARY).id;
        long c = fixtures.institution(board, "School C", Sector.PRIMARY).id;
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, m.id);
        JsonPath wave = Waves.open(
                analyst,
                "parent-baseline",
                "link",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                a,
                b,
                c);
        send(wave, a, "Bel me op 06-12345678, juf Anja weet ervan.", 1);
        send(wave, a, "Te weinig informatie over uitjes", 3);
        send(wave, a, "Huiswerk is lastig", 2);
        send(wave, a, null, 2);
        send(wave, b, "Alles goed", 3);
        send(wave, c, "Meer uitleg over huiswerk graag", 6);
        send(wave, c, "   ", 1);
        figures.publish();
        return new World(wave.getLong("id"), m.id, a, b, c, analyst);
    }

    private void send(JsonPath wave, long school, String remark, int times) {
        String link = wave.getString("institutions.find { it.institutionId == " + school + " }.link");
        Map<String, Object> answers = new LinkedHashMap<>(Map.of("sector", "primary", "a1", "agree"));
        if (remark != null) {
            answers.put("remarks", remark);
        }
        responses.add(link, answers, times);
    }

    private static String base(World w) {
        return "/api/analysis/waves/" + w.wave() + "/open-answers";
    }

    private static JsonPath list(World w, String query) {
        return Accounts.as(w.analyst())
                .get(base(w) + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long theme(World w, String label) {
        return Accounts.as(w.analyst())
                .contentType(ContentType.JSON)
                .body(Map.of("label", label))
                .post(base(w) + "/themes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Response code(World w, List<Map<String, Object>> codings) {
        return Accounts.as(w.analyst())
                .contentType(ContentType.JSON)
                .body(Map.of("codings", codings))
                .put(base(w) + "/remarks");
    }

    private static Map<String, Object> coding(long response, List<Long> themes, boolean quote) {
        Map<String, Object> coding = new LinkedHashMap<>();
        coding.put("responseId", response);
        coding.put("themes", themes);
        coding.put("quote", quote);
        return coding;
    }

    /** The answers of one school, by text. */
    private static Map<String, List<Long>> answersOf(World w, long school) {
        Map<String, List<Long>> byText = new LinkedHashMap<>();
        JsonPath page = list(w, "?institution=" + school);
        List<Map<String, Object>> answers = page.getList("answers");
        for (Map<String, Object> answer : answers) {
            byText.computeIfAbsent((String) answer.get("text"), k -> new ArrayList<>())
                    .add(((Number) answer.get("responseId")).longValue());
        }
        return byText;
    }

    private static JsonPath counts(String session, World w, String query) {
        return Accounts.as(session)
                .get(base(w) + "/counts" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void analystsReadMaskedAnswersOfSchoolsAtTheThresholdOnly() {
        World w = world();
        JsonPath page = list(w, "");
        assertEquals(5, page.getInt("threshold"));
        assertEquals("remarks", page.getString("item.id"));
        // A's 6 and C's 6 non-blank remarks; B's 3 are not shown, nor is C's blank one counted
        assertEquals(12, page.getInt("matching"));
        assertEquals(12, page.getList("answers").size());
        assertEquals(List.of(false), page.getList("schools.findAll { it.name == 'School B' }.shown"));
        assertEquals(3, page.getInt("schools.find { it.name == 'School B' }.answers"));
        assertFalse(page.getList("answers.school").contains("School B"));
        assertTrue(page.getList("answers.text").contains("Bel me op [telefoonnummer], juf [naam] weet ervan."));
        assertFalse(page.prettify().contains("12345678"));
        assertFalse(page.prettify().contains("Anja"));

        for (Role role : List.of(Role.INSTITUTION_LEAD, Role.BOARD_MEMBER)) {
            Long organisation = role == Role.INSTITUTION_LEAD ? w.a() : fixtures.institutionById(w.a()).board.id;
            Accounts.as(accounts.session(role, organisation))
                    .get(base(w))
                    .then()
                    .statusCode(403);
        }
        // another municipality's analyst does not find the wave at all
        Municipality other = fixtures.municipality("Gemeente Elders " + System.nanoTime());
        Accounts.as(accounts.session(Role.MUNICIPALITY_ANALYST, other.id))
                .get(base(w))
                .then()
                .statusCode(404);
        Accounts.as(w.analyst())
                .get(base(w) + "?item=a1")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("item"));
    }

    @Test
    void themeCountsArePublishedLikeFiguresAndChangeOnlyByTheThreshold() throws IOException {
        World w = world();
        long information = theme(w, "Informatie");
        long homework = theme(w, "Huiswerk");
        Accounts.as(w.analyst())
                .contentType(ContentType.JSON)
                .body(Map.of("label", "informatie"))
                .post(base(w) + "/themes")
                .then()
                .statusCode(409)
                .body("detail", containsString("'Informatie' already (number 1)"));
        Accounts.as(w.analyst())
                .contentType(ContentType.JSON)
                .body(Map.of("label", "  "))
                .post(base(w) + "/themes")
                .then()
                .statusCode(400);

        Map<String, List<Long>> a = answersOf(w, w.a());
        Map<String, List<Long>> c = answersOf(w, w.c());
        long phone = a.get("Bel me op [telefoonnummer], juf [naam] weet ervan.").get(0);
        List<Map<String, Object>> codingsA = new ArrayList<>();
        codingsA.add(coding(phone, List.of(information), true));
        a.get("Te weinig informatie over uitjes").forEach(id -> codingsA.add(coding(id, List.of(information), false)));
        a.get("Huiswerk is lastig").forEach(id -> codingsA.add(coding(id, List.of(information, homework), false)));
        List<Long> cIds = c.get("Meer uitleg over huiswerk graag");
        List<Map<String, Object>> codingsC = new ArrayList<>();
        cIds.subList(0, 4).forEach(id -> codingsC.add(coding(id, List.of(homework), false)));

        // all or nothing: one answer of a school below the threshold refuses the whole request
        long hidden = hiddenAnswerOfB(w);
        List<Map<String, Object>> withHidden = new ArrayList<>(codingsA);
        withHidden.add(coding(hidden, List.of(information), false));
        code(w, withHidden).then().statusCode(400).body("errors[0].field", equalTo("codings"));
        List<Map<String, Object>> quoteWithoutTheme = List.of(coding(cIds.get(0), List.of(), true));
        code(w, quoteWithoutTheme).then().statusCode(400);
        code(w, List.of(coding(cIds.get(0), List.of(424242L), false))).then().statusCode(400);
        assertEquals(0, list(w, "").getInt("schools.find { it.name == 'School A' }.coded"));

        code(w, codingsA).then().statusCode(200).body("coded", equalTo(6));
        code(w, codingsC).then().statusCode(200).body("coded", equalTo(4));
        JsonPath outcome = publish(w);
        // A has 6 coded answers and is published; C's 4 are fewer than the threshold
        assertEquals(1, outcome.getInt("published"));
        assertEquals(1, outcome.getInt("heldBack"));

        String leadA = accounts.session(Role.INSTITUTION_LEAD, w.a());
        JsonPath own = counts(leadA, w, "?institution=" + w.a());
        assertEquals(6, own.getInt("[0].coded"));
        assertEquals(6, own.getInt("[0].rows.find { it.theme == 'Informatie' }.answers"));
        assertEquals(2, own.getInt("[0].rows.find { it.theme == 'Huiswerk' }.answers"));
        assertEquals(2.0 / 6, own.getDouble("[0].rows.find { it.theme == 'Huiswerk' }.share"), 1e-9);
        assertEquals(
                List.of("Bel me op [telefoonnummer], juf [naam] weet ervan."),
                own.getList("[0].rows.find { it.theme == 'Informatie' }.quotes"));
        // a lead asking for another school gets nothing, not an empty figure that says "not coded"
        assertEquals(List.of(), counts(leadA, w, "?institution=" + w.c()).getList("$"));

        JsonPath all = counts(w.analyst(), w, "");
        assertEquals(6, all.getInt("[0].coded"));
        assertEquals(1, all.getInt("[0].institutions"));
        // B (respondents, no coded answers) and C (coded below the threshold) are left out of the total
        assertEquals(2, all.getInt("[0].leftOut"));
        assertEquals(List.of(), all.getList("[0].rows.quotes.flatten()"));

        code(
                        w,
                        List.of(
                                coding(cIds.get(4), List.of(homework), false),
                                coding(cIds.get(5), List.of(homework, information), false)))
                .then()
                .statusCode(200);
        assertEquals(1, publish(w).getInt("published"));
        all = counts(w.analyst(), w, "");
        assertEquals(12, all.getInt("[0].coded"));
        assertEquals(7, all.getInt("[0].rows.find { it.theme == 'Informatie' }.answers"));
        assertEquals(8, all.getInt("[0].rows.find { it.theme == 'Huiswerk' }.answers"));

        // differencing: recoding one answer of A would tell its theme; the published count waits
        code(w, List.of(coding(phone, List.of(homework), true))).then().statusCode(200);
        outcome = publish(w);
        assertEquals(0, outcome.getInt("published"));
        assertEquals(1, outcome.getInt("heldBack"));
        own = counts(leadA, w, "?institution=" + w.a());
        assertEquals(6, own.getInt("[0].rows.find { it.theme == 'Informatie' }.answers"));
        // the quote is the analyst's choice of now, and stands under the theme it has now
        assertEquals(
                List.of("Bel me op [telefoonnummer], juf [naam] weet ervan."),
                own.getList("[0].rows.find { it.theme == 'Huiswerk' }.quotes"));

        // a theme in use stays; an unused one goes and the numbers close up
        Accounts.as(w.analyst())
                .delete(base(w) + "/themes/" + information)
                .then()
                .statusCode(409)
                .body("detail", containsString("Informatie"));
        long spare = theme(w, "Reserve");
        long last = theme(w, "Laatste");
        Accounts.as(w.analyst()).delete(base(w) + "/themes/" + spare).then().statusCode(204);
        JsonPath themes = Accounts.as(w.analyst())
                .get(base(w) + "/themes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(1, 2, 3), themes.getList("number"));
        assertEquals(last, themes.getLong("find { it.label == 'Laatste' }.id"));

        byte[] workbook = Accounts.as(w.analyst())
                .get("/api/exports/waves/" + w.wave() + "/aggregates.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> lines = new ArrayList<>();
            for (Row row : book.getSheet("Open antwoorden")) {
                if (row.getRowNum() > 0 && row.getCell(3) != null) {
                    lines.add(row.getCell(0).getStringCellValue() + "|"
                            + row.getCell(2).getStringCellValue() + "|"
                            + (long) row.getCell(3).getNumericCellValue());
                }
            }
            assertTrue(lines.contains("Alle scholen|Huiswerk|8"), lines.toString());
            assertTrue(lines.contains("School C|Huiswerk|6"), lines.toString());
            assertFalse(lines.stream().anyMatch(l -> l.startsWith("School B|")), lines.toString());
        }

        Document report = Jsoup.parse(FormClient.loggedIn(accounts.create(Role.INSTITUTION_LEAD, w.a()))
                .get("/monitor/institutions/" + w.a() + "?wave=" + w.wave())
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(1, report.select("#open-answers").size(), "the report has the open answers");
        assertTrue(report.text().contains("Bel me op [telefoonnummer], juf [naam] weet ervan."));
        assertFalse(report.text().contains("Huiswerk is lastig"), "only chosen quotes reach the report");
    }

    private JsonPath publish(World w) {
        return Accounts.as(w.analyst())
                .post(base(w) + "/publish")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private long hiddenAnswerOfB(World w) {
        return responses.ids(w.wave(), w.b()).get(0);
    }

    @Test
    void theCodingPageSavesAPageByNumbersAndRefusesAWrongOneWhole() {
        World w = world();
        theme(w, "Informatie");
        theme(w, "Huiswerk");
        FormClient analyst = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, w.municipality()));
        String path = "/monitor/waves/" + w.wave() + "/open-answers";
        Document page = Jsoup.parse(analyst.get(path + "?institution=" + w.a())
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> ids = page.select("input[name=answer]").eachAttr("value");
        assertEquals(6, ids.size());
        assertTrue(page.text().contains("juf [naam]"));
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("item", List.of("remarks"));
        form.put("institution", List.of(String.valueOf(w.a())));
        form.put("page", List.of("1"));
        form.put("answer", ids);
        List<String> typed = new ArrayList<>(List.of("1", "1 2", "0", "2", "", "9"));
        form.put("themes", typed);
        form.put("quote", List.of(ids.get(0)));
        Response refused = analyst.post(path + "/codes", form);
        assertEquals(400, refused.statusCode());
        Document again = Jsoup.parse(refused.asString());
        assertTrue(again.select("#err-themes-" + ids.get(5)).text().contains("Er is geen thema 9"), again.text());
        assertEquals("1 2", again.select("#themes-" + ids.get(1)).attr("value"), "what was typed is kept");
        assertEquals(0, list(w, "").getInt("schools.find { it.name == 'School A' }.coded"), "nothing was saved");

        typed.set(5, "2,1");
        form.put("themes", typed);
        Response saved = analyst.post(path + "/codes", form);
        assertEquals(303, saved.statusCode());
        assertTrue(analyst.follow(saved).asString().contains("5 antwoorden ingedeeld."));
        JsonPath after = list(w, "?institution=" + w.a());
        assertEquals(5, after.getInt("schools.find { it.name == 'School A' }.coded"));
        assertEquals("0", after.getString("answers.find { it.responseId == " + ids.get(2) + " }.numbers"));
        assertEquals("1 2", after.getString("answers.find { it.responseId == " + ids.get(5) + " }.numbers"));
        assertEquals("", after.getString("answers.find { it.responseId == " + ids.get(4) + " }.numbers"));
        assertTrue(after.getBoolean("answers.find { it.responseId == " + ids.get(0) + " }.quote"));
        assertEquals(1, list(w, "?institution=" + w.a() + "&uncoded=true").getInt("matching"));
    }
}
