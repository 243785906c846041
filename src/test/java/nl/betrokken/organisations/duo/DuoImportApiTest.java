package nl.betrokken.organisations.duo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The imports on the API: dry runs write nothing, an import is one transaction, and a second one changes nothing. */
@QuarkusTest
class DuoImportApiTest {

    @Inject
    DuoTestData data;

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    static String admin;
    long oosterveld;
    long andersveld;

    @BeforeEach
    void setUp() {
        if (admin == null) {
            admin = accounts.session(Role.ADMINISTRATOR, null);
        }
        oosterveld = data.reset(DuoTestData.OOSTERVELD);
        andersveld = data.reset(DuoTestData.ANDERSVELD);
    }

    static Response post(String session, String path, Object body) {
        return Accounts.as(session).body(body).post(path);
    }

    static JsonPath ok(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        return response.jsonPath();
    }

    @Test
    void aDryRunShowsWhatWouldHappenAndWritesNothing() {
        JsonPath preview = ok(post(
                admin,
                "/api/organisations/import?dryRun=true",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")));

        assertFalse(preview.getBoolean("applied"));
        assertEquals(
                List.of("board 71001", "institution 81AA", "institution 81AB", "board 71002", "institution 81AC"),
                preview.getList("created", Map.class).stream()
                        .map(i -> i.get("type") + " " + i.get("key"))
                        .toList());
        assertEquals("Basisschool De Wereldën", preview.getString("created[1].name"));
        assertEquals(2, preview.getInt("created[1].line"));
        assertEquals("Bevoegd gezag 71001", preview.getString("created[0].name"), "the school file names no boards");
        assertEquals(2, preview.getInt("otherMunicipalityRows"));
        assertEquals(List.of(), preview.getList("errors"));
        assertEquals(Map.of(), data.contents(oosterveld), "nothing was written");
        assertEquals(0, data.pendingImports(oosterveld), "and no file was kept");
        assertEquals(
                200,
                post(
                                admin,
                                "/api/organisations/import",
                                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv"))
                        .statusCode(),
                "without dryRun it is a dry run too");
        assertEquals(Map.of(), data.contents(oosterveld));
    }

    @Test
    void anImportWritesWhatItPreviewedAndASecondOneChangesNothing() {
        JsonPath applied = ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")));
        assertTrue(applied.getBoolean("applied"));
        assertEquals(5, applied.getList("created").size());
        Map<String, String> contents = data.contents(oosterveld);
        assertEquals("Basisschool De Wereldën | PRIMARY | 71001 | -/-/- | -", contents.get("institution 81AA"));
        assertEquals("Sint Jozefschool ’t Hoekje | PRIMARY | 71002 | -/-/- | -", contents.get("institution 81AC"));
        assertEquals("Bevoegd gezag 71002", contents.get("board 71002"));
        assertEquals(5, contents.size());
        assertEquals(Map.of(), data.contents(andersveld), "the rows of other municipalities were left out");

        JsonPath again = ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")));
        assertEquals(0, again.getList("created").size());
        assertEquals(0, again.getList("changed").size());
        assertEquals(5, again.getList("unchanged").size());
        assertEquals(contents, data.contents(oosterveld));
    }

    @Test
    void anImportIsOneAuditEventWithItsCounts() {
        long before = data.auditEvents(oosterveld);
        ok(post(
                admin,
                "/api/organisations/import?dryRun=true",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")));
        ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")));
        assertEquals(before + 1, data.auditEvents(oosterveld), "the dry run is not recorded, the import once");
        Map<String, Object> event = ok(Accounts.as(admin).get("/api/audit?limit=1000"))
                .getMap("find { it.municipalityId == " + oosterveld + " && it.objectType == 'organisations-import' }");
        assertEquals(
                "hoofdvestigingen-bo-1252.csv: 5 new, 0 changed, 0 unchanged, 0 unreadable rows", event.get("detail"));
        assertEquals("imported", event.get("action"));
    }

    /**
     * A body without a declared length, on another endpoint: cut off at 1 MB, not at the imports' limit. The
     * server answers 413 and closes the connection while the client may still be sending, so the client sees
     * either the 413 or the connection closed under it; both are a refusal, and the service keeps serving.
     */
    @Test
    void aChunkedBodyOutsideTheImportsKeepsTheOneMegabyteLimit() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/targets"))
                .header("Content-Type", "application/json")
                .header("Cookie", "betrokken_session=" + admin)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream("{\"name\":\"".getBytes()),
                        new java.io.ByteArrayInputStream("a".repeat(2_000_000).getBytes()))))
                .build();
        try {
            java.net.http.HttpResponse<String> response =
                    client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), response.body());
        } catch (java.io.IOException closed) {
            // refused while sending
        }
        assertEquals(
                200, io.restassured.RestAssured.given().get("/q/health/live").statusCode());
    }

    @Test
    void aChangedNameIsReportedAsAChangeAndApplied() {
        ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")));

        JsonPath preview = ok(post(
                admin,
                "/api/organisations/import?dryRun=true",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-gewijzigd-1252.csv")));
        assertEquals(0, preview.getList("created").size());
        assertEquals(1, preview.getList("changed").size());
        assertEquals("81AB", preview.getString("changed[0].key"));
        assertEquals(
                Map.of("field", "name", "from", "Kindcentrum Het Anker", "to", "Kindcentrum Het Anker en De Boei"),
                preview.getMap("changed[0].changes[0]"));
        assertEquals(4, preview.getList("unchanged").size());

        ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-gewijzigd-1252.csv")));
        assertTrue(data.contents(oosterveld).get("institution 81AB").startsWith("Kindcentrum Het Anker en De Boei |"));
    }

    @Test
    void theBoardsFileNamesTheBoardsAndAQuotedBomFileAddsItsOwn() {
        ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")));

        JsonPath boards = ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, null, "bevoegde-gezagen.csv")));
        assertEquals(2, boards.getList("changed").size());
        assertEquals(1, boards.getInt("otherMunicipalityRows"), "71003 has no schools in Oosterveld");
        assertEquals(
                "Stichting Openbaar Onderwijs Oosterveld",
                data.contents(oosterveld).get("board 71001"));

        JsonPath secondary = ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "auto", "vestigingen-vo-utf8-bom.csv")));
        assertEquals("secondary", secondary.getString("sector"));
        Map<String, String> contents = data.contents(oosterveld);
        assertEquals("Stichting Voortgezet Onderwijs Oosterveld", contents.get("board 72001"));
        assertEquals(
                "College Zuiderlicht, locatie Oost | SECONDARY | 72001 | -/-/- | -", contents.get("institution 84AA"));
        assertEquals("Lyceum \"De Wadden\" | SECONDARY | 72001 | -/-/- | -", contents.get("institution 84AB"));

        JsonPath old = ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "primary", "oud-formaat-brin-nummer.csv")));
        assertEquals(3, old.getList("created").size(), "a board and two schools");
        assertEquals("Stichting Oud Onderwijs", data.contents(oosterveld).get("board 74001"));
    }

    @Test
    void brokenRowsAreReportedWithTheirLinesAndTheRestIsImported() {
        JsonPath applied = ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "primary", "kapotte-regels.csv")));

        assertEquals(
                List.of(3, 4, 5, 6, 7, 8, 9, 13),
                applied.getList("errors.line", Integer.class).stream().sorted().toList(),
                applied.prettify());
        assertTrue(
                applied.getList("errors", Map.class).stream()
                        .anyMatch(e -> e.get("line").equals(9)
                                && e.get("message").equals("BRIN code 86AA is on line 2 already")),
                applied.prettify());
        Map<String, String> contents = data.contents(oosterveld);
        assertEquals(
                List.of("board 73001", "institution 86AA", "institution 86AH"),
                contents.keySet().stream().sorted().toList());
    }

    @Test
    void aFailureHalfwayLeavesNothing() {
        data.sql(
                "create or replace function duo_test_refuse() returns trigger language plpgsql as $$"
                        + " begin if new.brin_code = '81AC' then raise exception 'refused for the test'; end if; return new; end $$");
        data.sql(
                "create trigger duo_test_refuse before insert on institution for each row execute function duo_test_refuse()");
        try {
            Response failed = post(
                    admin,
                    "/api/organisations/import?dryRun=false",
                    DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv"));
            assertTrue(failed.statusCode() >= 400, failed.asString());
        } finally {
            data.sql("drop trigger duo_test_refuse on institution");
            data.sql("drop function duo_test_refuse()");
        }
        assertEquals(Map.of(), data.contents(oosterveld), "the boards and schools before 81AC were rolled back too");
    }

    @Test
    void countsAreSetWithTheirSourceAndDate() {
        ok(post(
                admin,
                "/api/organisations/import?dryRun=false",
                DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")));

        JsonPath dry = ok(post(
                admin,
                "/api/organisations/import/counts?dryRun=true",
                DuoTestData.body(oosterveld, null, "aantallen.csv")));
        assertEquals(3, dry.getList("changed").size());
        assertTrue(data.contents(oosterveld).get("institution 81AA").contains("-/-/-"), "a dry run writes nothing");
        assertEquals(
                List.of(5, 6),
                dry.getList("errors.line", Integer.class).stream().sorted().toList(),
                "99ZZ is no school of Oosterveld; 'veel' is no number");

        ok(post(
                admin,
                "/api/organisations/import/counts?dryRun=false",
                DuoTestData.body(oosterveld, null, "aantallen.csv")));
        Map<String, String> contents = data.contents(oosterveld);
        assertEquals(
                "Basisschool De Wereldën | PRIMARY | 71001 | 240/310/22 | import aantallen.csv",
                contents.get("institution 81AA"));
        assertEquals(
                "Kindcentrum Het Anker | PRIMARY | 71001 | -/180/- | import aantallen.csv",
                contents.get("institution 81AB"));
        assertEquals(
                "Sint Jozefschool ’t Hoekje | PRIMARY | 71002 | 1050/900/71 | import aantallen.csv",
                contents.get("institution 81AC"));
        JsonPath institution = ok(Accounts.as(admin).get("/api/organisations/institutions?municipality=" + oosterveld));
        assertEquals(
                LocalDate.now().toString(), institution.getString("find { it.brinCode == '81AA' }.populationDate"));

        JsonPath again = ok(post(
                admin,
                "/api/organisations/import/counts?dryRun=true",
                DuoTestData.body(oosterveld, null, "aantallen.csv")));
        assertEquals(0, again.getList("changed").size());
        assertEquals(3, again.getList("unchanged").size());
    }

    @Test
    void countsTypedThroughTheApiAreMarkedAsByHand() {
        long institution = fixtures.world().institutionA();
        JsonPath before = ok(Accounts.as(admin).get("/api/organisations/institutions/" + institution));
        Response updated = Accounts.as(admin)
                .body(Map.of(
                        "boardId", before.getLong("boardId"),
                        "name", before.getString("name"),
                        "sector", before.getString("sector"),
                        "parentCount", 321))
                .put("/api/organisations/institutions/" + institution);
        assertEquals(200, updated.statusCode(), updated.asString());
        assertEquals("hand", updated.jsonPath().getString("populationSource"));
        assertEquals(LocalDate.now().toString(), updated.jsonPath().getString("populationDate"));
    }

    @Test
    void badInputIsAClearJsonError() {
        Map<String, Object> noFile = DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv");
        noFile.remove("file");
        assertError(post(admin, "/api/organisations/import?dryRun=true", noFile), 400, "file");

        Map<String, Object> notBase64 = DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv");
        notBase64.put("file", "this is not base64!");
        assertError(post(admin, "/api/organisations/import?dryRun=true", notBase64), 400, "file");

        Map<String, Object> notDuo = DuoTestData.body(oosterveld, "primary", "aantallen.csv");
        assertError(post(admin, "/api/organisations/import?dryRun=true", notDuo), 400, "file");

        assertError(
                post(
                        admin,
                        "/api/organisations/import?dryRun=true",
                        DuoTestData.body(oosterveld, "kindergarten", "hoofdvestigingen-bo-1252.csv")),
                400,
                "sector");
        assertError(
                post(
                        admin,
                        "/api/organisations/import?dryRun=true",
                        DuoTestData.body(oosterveld, null, "hoofdvestigingen-bo-1252.csv")),
                400,
                "sector");
        assertError(
                post(
                        admin,
                        "/api/organisations/import?dryRun=maybe",
                        DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")),
                400,
                "dryRun");
        Response wrongMunicipality = post(
                admin,
                "/api/organisations/import?dryRun=true",
                DuoTestData.body(andersveld, "primary", "oud-formaat-brin-nummer.csv"));
        assertEquals(200, wrongMunicipality.statusCode(), "Andersveld has one school in it");
        long empty = fixtures.municipality("Zonder code " + System.nanoTime()).id;
        assertError(
                post(
                        admin,
                        "/api/organisations/import?dryRun=true",
                        DuoTestData.body(empty, "primary", "hoofdvestigingen-bo-1252.csv")),
                400,
                "municipalityId");
        assertError(
                post(
                        admin,
                        "/api/organisations/import?dryRun=true",
                        DuoTestData.body(999_999_999L, "primary", "hoofdvestigingen-bo-1252.csv")),
                404,
                null);
    }

    @Test
    void analystsImportForTheirOwnMunicipalityOnly() {
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, oosterveld);
        String stranger = accounts.session(Role.MUNICIPALITY_ANALYST, andersveld);
        var world = fixtures.world();
        String boardMember = accounts.session(Role.BOARD_MEMBER, world.boardA());
        String lead = accounts.session(Role.INSTITUTION_LEAD, world.institutionA());
        Map<String, Object> body = DuoTestData.body(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv");

        assertEquals(
                404,
                post(stranger, "/api/organisations/import?dryRun=false", body).statusCode());
        assertEquals(
                404,
                post(
                                stranger,
                                "/api/organisations/import/counts?dryRun=true",
                                DuoTestData.body(oosterveld, null, "aantallen.csv"))
                        .statusCode());
        assertEquals(
                403,
                post(boardMember, "/api/organisations/import?dryRun=true", body).statusCode());
        assertEquals(
                403,
                post(lead, "/api/organisations/import/counts?dryRun=true", body).statusCode());
        assertEquals(
                401,
                io.restassured.RestAssured.given()
                        .contentType("application/json")
                        .body(body)
                        .post("/api/organisations/import")
                        .statusCode());
        assertEquals(Map.of(), data.contents(oosterveld));

        ok(post(analyst, "/api/organisations/import?dryRun=false", body));
        assertEquals(5, data.contents(oosterveld).size());
    }

    @Test
    void aNationalSizedFileIsTakenWhileOtherRequestsKeepTheirLimit() {
        StringBuilder big = new StringBuilder(
                "BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;INSTELLINGSNAAM;PLAATSNAAM;GEMEENTENUMMER;OPMERKING\n");
        for (int i = 0; i < 9000; i++) {
            big.append("79")
                    .append(i % 1000)
                    .append(";00XX;School ")
                    .append(i)
                    .append(";Elders;0500;")
                    .append("x".repeat(200))
                    .append('\n');
        }
        big.append("71001;81AA;Basisschool De Wereldën;Oosterveld;0981;\n");
        byte[] bytes = big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(bytes.length > 2_000_000, "over 2 MB: " + bytes.length);
        Map<String, Object> body = Map.of(
                "municipalityId",
                oosterveld,
                "sector",
                "primary",
                "filename",
                "groot.csv",
                "file",
                java.util.Base64.getEncoder().encodeToString(bytes));
        JsonPath preview = ok(post(admin, "/api/organisations/import?dryRun=true", body));
        assertEquals(9000, preview.getInt("otherMunicipalityRows"));
        assertEquals(2, preview.getList("created").size());

        Response elsewhere = Accounts.as(admin).body(body).post("/api/targets");
        assertEquals(413, elsewhere.statusCode(), "other endpoints keep the 1 MB limit");
    }

    private static void assertError(Response response, int status, String field) {
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        String body = response.asString();
        assertTrue(body.contains("\"detail\""), body);
        if (field != null) {
            assertTrue(body.contains(field), field + " is named: " + body);
        }
    }
}
