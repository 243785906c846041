package nl.betrokken.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Endpoints;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an attacker, a broken client or a curious parent may send: garbage to every endpoint, fields
 * a page never asked for, script in every name and answer, formulas in every export. Each gets a
 * clear 4xx, nothing of it is stored, it is shown as text, and the service keeps serving.
 */
@QuarkusTest
class HostileInputTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    /** Counted before and after: none of these tables may change because of a refused request. */
    private static final String STORED = """
            select (select count(*) from municipality) + (select count(*) from board) + (select count(*) from institution)
                 + (select count(*) from app_user) + (select count(*) from wave) + (select count(*) from wave_institution)
                 + (select count(*) from response) + (select count(*) from access_code) + (select count(*) from target)
                 + (select count(*) from population_share) + (select count(*) from lea_screening) + (select count(*) from lea_partner)
                 + (select count(*) from action_plan) + (select count(*) from action_plan_goal)
                 + (select count(*) from action_plan_revision) + (select count(*) from evaluation_comment)
                 + (select coalesce(sum(length(answers::text)), 0) from response)""";

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses sent;

    @Inject
    Figures figures;

    @Inject
    DataSource dataSource;

    private Fixtures.World world;
    private String admin;
    private String analyst;

    @BeforeEach
    void sessions() {
        world = fixtures.world();
        admin = accounts.session(Role.ADMINISTRATOR, null);
        analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
    }

    /** Bodies no JSON endpoint can take, each with what it tries. */
    private static Map<String, byte[]> garbage() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("cut-off JSON", "{\"name\": ".getBytes(StandardCharsets.UTF_8));
        bodies.put("an array for an object", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        bodies.put("a bare string", "\"just text\"".getBytes(StandardCharsets.UTF_8));
        bodies.put("no body at all", new byte[0]);
        bodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "wrong types",
                "{\"name\": {\"a\": [1]}, \"threshold\": \"ninety\", \"opensOn\": true, \"institutionIds\": \"all\"}"
                        .getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "a number beyond every type",
                "{\"threshold\": 1e999999, \"municipalityId\": 99999999999999999999999}"
                        .getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "20,000 levels deep",
                ("{\"name\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}").getBytes(StandardCharsets.UTF_8));
        byte[] invalid = "{\"name\": \"ab\"}".getBytes(StandardCharsets.UTF_8);
        invalid[10] = (byte) 0xC3;
        invalid[11] = (byte) 0x28;
        bodies.put("invalid UTF-8", invalid);
        bodies.put("a 200 KB name", ("{\"name\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    @Test
    void everyJsonEndpointAnswersGarbageWithAClear4xxAndStoresNothing() throws Exception {
        long before = stored();
        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (Endpoints.Endpoint endpoint : Endpoints.all()) {
            if (!endpoint.takesJson()) {
                continue;
            }
            for (String session : List.of(admin, analyst)) {
                for (Map.Entry<String, byte[]> body : garbage().entrySet()) {
                    Response response = Accounts.as(session)
                            .contentType(ContentType.JSON)
                            .body(body.getValue())
                            .request(endpoint.verb(), endpoint.pathWith(Long.toString(world.municipalityA())));
                    requests++;
                    int status = response.statusCode();
                    if (status < 400 || status >= 500) {
                        problems.add(endpoint + " with " + body.getKey() + ": " + status + " " + response.asString());
                    } else if (status != 413 && !response.asString().contains("\"detail\"")) {
                        problems.add(endpoint + " with " + body.getKey() + ": no JSON error saying what is wrong: "
                                + response.asString());
                    }
                }
            }
        }
        assertTrue(requests > 100, "endpoints were found: " + requests);
        assertEquals(
                413, statusOfDeclaredBody("/api/targets", 1_100_000), "a body over 1 MB is refused before it is read");
        assertEquals(List.of(), problems);
        assertEquals(before, stored(), "nothing was stored");
        assertEquals(200, given().get("/q/health/live").statusCode(), "and the service keeps serving");
    }

    @Test
    void everyFormSurvivesGarbageWithoutAServerError() throws Exception {
        FormClient person = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        person.get("/lea");
        long before = stored();
        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (Endpoints.Endpoint endpoint : Endpoints.all()) {
            if (!endpoint.takesForm()
                    || endpoint.path().equals("/logout")
                    || endpoint.path().equals("/login")) {
                continue;
            }
            String csrf = person.csrfToken();
            List<String> bodies = List.of(
                    "csrf-token=" + csrf + "&name=%FF%FE%00&action=%C3%28",
                    "csrf-token=" + csrf + "&unknown-field=1&another=" + "y".repeat(70_000),
                    "csrf-token=" + csrf + "&=&&==&%&a=%");
            for (String body : bodies) {
                HttpResponse<String> response = raw(
                        endpoint.verb(),
                        endpoint.pathWith("1"),
                        body.getBytes(StandardCharsets.ISO_8859_1),
                        "betrokken_session=" + person.cookie("betrokken_session") + "; betrokken_csrf="
                                + person.cookie("betrokken_csrf"));
                requests++;
                if (response.statusCode() >= 500 || response.body().contains("Exception")) {
                    problems.add(endpoint + ": " + response.statusCode() + " "
                            + response.body()
                                    .substring(0, Math.min(300, response.body().length())));
                }
            }
        }
        assertTrue(requests > 20, "forms were found: " + requests);
        assertEquals(List.of(), problems);
        assertEquals(before, stored(), "nothing was stored");
    }

    @Test
    void aParentCannotStoreWhatThePageDidNotAsk() throws Exception {
        String link = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getString("institutions[0].link");
        FormClient parent = new FormClient();
        parent.get(link);
        Response started = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "nl");
        String about = started.header("Location").replaceFirst("^https?://[^/]+", "");
        parent.get(about);

        assertEquals(
                400,
                parent.post(about, "sector", "primary", "hacked", "1", "action", "next")
                        .statusCode(),
                "a field that is no question of the page");
        assertEquals(
                400,
                parent.post(about, "sector", "information-oriented", "action", "next")
                        .statusCode(),
                "an answer of another questionnaire");
        assertEquals(
                400,
                parent.post(about, "sector", "primary", "child-age", "a".repeat(10_000), "action", "next")
                        .statusCode(),
                "a huge value");
        Response tooLong = parent.post(about, "sector", "primary", "child-age", "b".repeat(70_000), "action", "next");
        assertTrue(
                tooLong.statusCode() == 413 || tooLong.statusCode() == 400,
                "a field over the form limit: " + tooLong.statusCode());
        parent.get(about);
        String cookies = "betrokken_csrf=" + parent.cookie("betrokken_csrf") + "; betrokken_response="
                + parent.cookie("betrokken_response");
        HttpResponse<String> invalid = raw(
                "POST",
                about,
                ("csrf-token=" + parent.csrfToken() + "&sector=%FF%FE&action=next")
                        .getBytes(StandardCharsets.ISO_8859_1),
                cookies);
        assertEquals(400, invalid.statusCode(), "bytes that are no UTF-8");
        assertEquals(413, statusOfDeclaredBody(about, 1_100_000), "a body over 1 MB is refused before it is read");
        Response next = parent.post(about, "sector", "primary", "action", "next");
        assertEquals(303, next.statusCode());
        String partnership = next.header("Location").replaceFirst("^https?://[^/]+", "");
        parent.get(partnership);
        Response toLearning = parent.post(partnership, "a1", "agree", "action", "next");
        assertEquals(303, toLearning.statusCode(), toLearning.asString());
        String learning = toLearning.header("Location").replaceFirst("^https?://[^/]+", "");
        assertTrue(learning.endsWith("/p/learning-at-home"), learning);
        parent.get(learning);
        // b5 is asked only in secondary and vocational schools: a primary school parent's answer to it is not kept
        Response withHidden = parent.post(learning, "b1", "agree", "b5", "agree", "action", "next");
        assertEquals(
                303,
                withHidden.statusCode(),
                "b5 is a question of this page, so the page is taken: " + withHidden.asString());
        String stored = answers(link);
        assertTrue(stored.contains("\"b1\""), stored);
        for (String never : List.of("hacked", "information-oriented", "aaaa", "bbbb", "cccc", "\"b5\"")) {
            assertFalse(stored.contains(never), never + " is not stored: " + stored);
        }
    }

    @Test
    void scriptInNamesAndAnswersIsTextOnEveryPageAndFormulasAreDisarmedInEveryExport() throws Exception {
        Municipality municipality = fixtures.municipality("Gemeente " + SCRIPT + " " + System.nanoTime());
        Board board = fixtures.board(municipality, "=HYPERLINK(\"http://evil.example\") " + IMAGE);
        Institution school = fixtures.institution(board, "@SUM(1+1) " + SCRIPT, Sector.PRIMARY);
        String analystName = accounts.create(Role.MUNICIPALITY_ANALYST, municipality.id);
        String session = Accounts.login(analystName);
        var wave = Waves.openNow(session, "parent-baseline", "link", school.id);
        long waveId = wave.getLong("id");
        String link = wave.getString("institutions[0].link");
        try (Connection c = dataSource.getConnection();
                PreparedStatement rename = c.prepareStatement("update wave set name = ? where id = ?")) {
            rename.setString(1, "+Peiling " + IMAGE);
            rename.setLong(2, waveId);
            rename.executeUpdate();
        }
        Accounts.as(session)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "municipalityId",
                        municipality.id,
                        "name",
                        "-Doel " + SCRIPT,
                        "questionnaireId",
                        "parent-baseline",
                        "indicatorId",
                        "satisfied-relationship",
                        "threshold",
                        0.6,
                        "deadline",
                        LocalDate.now().plusYears(2).toString()))
                .post("/api/targets")
                .then()
                .statusCode(201);
        for (String remark : List.of(SCRIPT, "=1+1", "@SUM(A1)", "+31 6 1234", "-2+3", "\tTAB")) {
            sent.add(link, Map.of("sector", "primary", "a1", "agree", "remarks", remark), 2);
        }
        figures.publish();

        FormClient person = FormClient.loggedIn(analystName);
        List<String> pages = List.of(
                "/monitor/municipalities/" + municipality.id + "?wave=" + waveId,
                "/monitor/boards/" + board.id + "?wave=" + waveId,
                "/monitor/institutions/" + school.id + "?wave=" + waveId,
                "/app/waves/" + waveId,
                "/lea");
        for (String path : pages) {
            Response page = person.get(path);
            assertEquals(200, page.statusCode(), path);
            String html = page.asString();
            assertFalse(html.contains("<script>alert"), path + " runs no script from data:\n" + html);
            assertFalse(html.contains("<img src=x"), path + " shows no image from data");
        }
        assertTrue(person.get(pages.get(0)).asString().contains("&lt;script&gt;alert("), "the name is shown, as text");

        // rows of answers come only from closed waves
        Accounts.as(session)
                .contentType(ContentType.JSON)
                .post("/api/waves/" + waveId + "/close")
                .then()
                .statusCode(200);
        List<String> cells = new ArrayList<>();
        for (String export : List.of("responses.csv?layout=long", "responses.csv?layout=wide", "codebook.csv")) {
            String csv = Accounts.as(session)
                    .get("/api/exports/waves/" + waveId + "/" + export)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
                record.forEach(cells::add);
            }
            if (export.startsWith("responses")) {
                assertTrue(csv.contains("'=1+1"), export + " keeps the remark, disarmed");
            }
        }
        byte[] workbook = Accounts.as(session)
                .get("/api/exports/waves/" + waveId + "/aggregates.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        // a text cell is never run, whatever it starts with; only a formula cell would be
                        assertFalse(cell.getCellType() == CellType.FORMULA, "no formula in " + sheet.getSheetName());
                    }
                }
            }
        }
        for (String cell : cells) {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?")) {
                fail("a cell a spreadsheet would run: " + cell);
            }
        }
    }

    /**
     * The status for a request that announces a body of the given length and then waits: a body
     * over the limit must be refused on its announcement alone (a client still sending would only
     * see the connection close).
     */
    private static int statusOfDeclaredBody(String path, int length) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: " + length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** A form body sent byte for byte, as no well-behaved client would. */
    private static HttpResponse<String> raw(String method, String path, byte[] body, String cookies) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String answers(String link) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select r.answers::text from response r join wave_institution wi on wi.id = r.wave_institution_id where wi.slug = ?")) {
            s.setString(1, link.substring(3));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private long stored() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(STORED);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
