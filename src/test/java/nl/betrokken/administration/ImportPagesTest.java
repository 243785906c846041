package nl.betrokken.administration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Map;
import nl.betrokken.organisations.duo.DuoTestData;
import nl.betrokken.organisations.duo.ImportTemplate;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import pages over real HTTP, as a browser without JavaScript uses them: upload, preview, confirm. */
@QuarkusTest
class ImportPagesTest {

    @Inject
    DuoTestData data;

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    long oosterveld;
    long andersveld;
    FormClient analyst;

    @BeforeEach
    void setUp() {
        oosterveld = data.reset(DuoTestData.OOSTERVELD);
        andersveld = data.reset(DuoTestData.ANDERSVELD);
        analyst = FormClient.loggedIn(accounts.create(Role.MUNICIPALITY_ANALYST, oosterveld));
    }

    /** Sends the upload form as a browser does: multipart, with the page's CSRF token as a form field. */
    static Response upload(FormClient client, String path, Map<String, String> fields, String file, byte[] bytes) {
        RequestSpecification request = given().redirects()
                .follow(false)
                .cookie("betrokken_session", client.cookie("betrokken_session"))
                .cookie("betrokken_csrf", client.cookie("betrokken_csrf"));
        if (client.csrfToken() != null && !fields.containsKey("csrf-token")) {
            request.multiPart("csrf-token", client.csrfToken());
        }
        fields.forEach(request::multiPart);
        request.multiPart("file", file, bytes, "text/csv");
        return request.post(path);
    }

    static byte[] file(String name) {
        return Base64.getDecoder()
                .decode((String) DuoTestData.body(1, null, name).get("file"));
    }

    private Response uploadSchools(long municipality, String sector, String name) {
        analyst.get("/app/admin/import");
        return upload(
                analyst,
                "/app/admin/import/organisations",
                Map.of("municipalityId", Long.toString(municipality), "sector", sector),
                name,
                file(name));
    }

    @Test
    void anAnalystUploadsPreviewsAndConfirms() {
        Response page = analyst.get("/app/admin/import");
        assertEquals(200, page.statusCode());
        Document form = Jsoup.parse(page.asString());
        assertNotNull(form.selectFirst("form[action=/app/admin/import/organisations][enctype=multipart/form-data]"));
        assertNotNull(form.selectFirst("a[href=/app/admin/import/template]"));
        assertEquals(1, form.select("#organisations-municipality option").size(), "an analyst sees only their own");

        Response previewed = uploadSchools(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv");
        assertEquals(200, previewed.statusCode(), previewed.asString());
        Document preview = Jsoup.parse(previewed.asString());
        assertTrue(
                preview.text().contains("5 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 regels niet te lezen"), preview.text());
        assertTrue(preview.text().contains("Basisschool De Wereldën"));
        assertTrue(preview.text().contains("2 regels gaan over een andere gemeente"));
        assertEquals(Map.of(), data.contents(oosterveld), "a preview writes nothing");
        Element confirm = preview.selectFirst("form[action$=/confirm]");
        assertNotNull(confirm);
        assertEquals("Importeren bevestigen", confirm.selectFirst("button").text());

        Response done = analyst.post(confirm.attr("action"));
        assertEquals(200, done.statusCode(), done.asString());
        Document result = Jsoup.parse(done.asString());
        assertTrue(result.text().contains("5 nieuw, 0 gewijzigd"), result.text());
        assertNotNull(result.selectFirst("a[href=/app/admin/import]"));
        assertEquals(5, data.contents(oosterveld).size());
        assertEquals(0, data.pendingImports(oosterveld), "the kept file is gone once applied");
        assertEquals(404, analyst.post(confirm.attr("action")).statusCode(), "and cannot be applied twice");

        Document again = Jsoup.parse(uploadSchools(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")
                .asString());
        assertTrue(again.text().contains("0 nieuw, 0 gewijzigd, 5 ongewijzigd"), again.text());
        assertTrue(again.select("form[action$=/confirm]").isEmpty(), "nothing to confirm");
    }

    @Test
    void aNationalSizedFileIsTakenByThePage() {
        StringBuilder big =
                new StringBuilder("BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;INSTELLINGSNAAM;GEMEENTENUMMER;OPMERKING\n");
        for (int i = 0; i < 8000; i++) {
            big.append("79001;00XX;School ")
                    .append(i)
                    .append(";0500;")
                    .append("x".repeat(250))
                    .append('\n');
        }
        big.append("71001;81AA;Basisschool De Wereldën;0981;\n");
        byte[] bytes = big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(bytes.length > 2_000_000, "over 2 MB: " + bytes.length);
        analyst.get("/app/admin/import");
        Response previewed = upload(
                analyst,
                "/app/admin/import/organisations",
                Map.of("municipalityId", Long.toString(oosterveld), "sector", "primary"),
                "adressen-hoofdvestigingen-bo.csv",
                bytes);
        assertEquals(200, previewed.statusCode(), previewed.asString());
        assertTrue(Jsoup.parse(previewed.asString()).text().contains("8000 regels gaan over een andere gemeente"));
    }

    @Test
    void theUploadNeedsTheCsrfTokenInItsForm() {
        analyst.get("/app/admin/import");
        Response forged = upload(
                analyst,
                "/app/admin/import/organisations",
                Map.of("csrf-token", "forged", "municipalityId", Long.toString(oosterveld), "sector", "primary"),
                "x.csv",
                file("hoofdvestigingen-bo-1252.csv"));
        assertTrue(forged.statusCode() == 400 || forged.statusCode() == 403, "status " + forged.statusCode());
        assertEquals(0, data.pendingImports(oosterveld));
        Response withoutToken = given().redirects()
                .follow(false)
                .cookie("betrokken_session", analyst.cookie("betrokken_session"))
                .cookie("betrokken_csrf", analyst.cookie("betrokken_csrf"))
                .multiPart("municipalityId", Long.toString(oosterveld))
                .multiPart("sector", "primary")
                .multiPart("file", "x.csv", file("hoofdvestigingen-bo-1252.csv"), "text/csv")
                .post("/app/admin/import/organisations");
        assertTrue(
                withoutToken.statusCode() == 400 || withoutToken.statusCode() == 403,
                "status " + withoutToken.statusCode());
        assertEquals(0, data.pendingImports(oosterveld));
    }

    @Test
    void errorsStandNextToTheirFieldsInDutch() {
        analyst.get("/app/admin/import");
        Response noFile = upload(
                analyst,
                "/app/admin/import/organisations",
                Map.of("municipalityId", Long.toString(oosterveld), "sector", "primary"),
                "",
                new byte[0]);
        assertEquals(400, noFile.statusCode());
        Document page = Jsoup.parse(noFile.asString());
        assertEquals(
                "Kies een CSV-bestand.",
                page.selectFirst("#organisations-file-error").text());
        assertEquals("true", page.selectFirst("#organisations-file").attr("aria-invalid"));
        assertTrue(
                page.selectFirst("#organisations-file").attr("aria-describedby").contains("organisations-file-error"));
        assertEquals("#organisations-file", page.selectFirst("#error-summary a").attr("href"));

        Response wrongMunicipality = uploadSchools(andersveld, "primary", "vestigingen-vo-utf8-bom.csv");
        assertEquals(400, wrongMunicipality.statusCode());
        assertEquals(
                "Kies een gemeente uit de lijst.",
                Jsoup.parse(wrongMunicipality.asString())
                        .selectFirst("#organisations-municipality-error")
                        .text(),
                "another municipality than the analyst's own");

        FormClient admin = FormClient.loggedIn(accounts.create(Role.ADMINISTRATOR, null));
        admin.get("/app/admin/import");
        Response none = upload(
                admin,
                "/app/admin/import/organisations",
                Map.of("municipalityId", Long.toString(andersveld), "sector", "primary"),
                "bo.csv",
                "BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;INSTELLINGSNAAM;GEMEENTENUMMER\n71001;81AA;School;0981\n"
                        .getBytes());
        assertEquals(400, none.statusCode());
        Document wrong = Jsoup.parse(none.asString());
        assertTrue(
                wrong.selectFirst("#organisations-municipality-error")
                        .text()
                        .startsWith("Het bestand heeft geen scholen in gemeente Andersveld"),
                wrong.selectFirst("#organisations-municipality-error").text());
        assertEquals(
                Long.toString(andersveld),
                wrong.selectFirst("#organisations-municipality option[selected]")
                        .attr("value"),
                "the chosen municipality is kept");

        Response noSector = uploadSchools(oosterveld, "auto", "hoofdvestigingen-bo-1252.csv");
        assertEquals(400, noSector.statusCode());
        assertEquals(
                "Uit dit bestand blijkt niet om welke sector het gaat. Kies de sector.",
                Jsoup.parse(noSector.asString())
                        .selectFirst("#organisations-sector-error")
                        .text());
    }

    @Test
    void aPreviewWaitsAnHourForItsConfirmation() {
        String confirm = Jsoup.parse(uploadSchools(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")
                        .asString())
                .selectFirst("form[action$=/confirm]")
                .attr("action");
        data.sql("update pending_import set created_at = now() - interval '61 minutes' where municipality_id = "
                + oosterveld);

        Response expired = analyst.post(confirm);
        assertEquals(404, expired.statusCode());
        assertTrue(
                Jsoup.parse(expired.asString()).text().contains("Dit overzicht is verlopen of bestaat niet meer."),
                expired.asString());
        assertEquals(Map.of(), data.contents(oosterveld));
    }

    @Test
    void unreadableRowsAreListedWithTheirLines() {
        Document preview = Jsoup.parse(
                uploadSchools(oosterveld, "primary", "kapotte-regels.csv").asString());
        Element table = preview.selectFirst("table:has(caption:contains(niet te lezen))");
        assertNotNull(table, preview.html());
        assertTrue(table.text().contains("3 De BRIN-code is leeg."), table.text());
        assertTrue(table.text().contains("6 De regel heeft 4 kolommen, de eerste regel 6."), table.text());
        assertTrue(table.text().contains("9 BRIN-code 86AA staat al op regel 2."), table.text());
    }

    @Test
    void aDatabaseThatChangedMeanwhileIsPreviewedAgain() {
        Response first = uploadSchools(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv");
        String confirm = Jsoup.parse(first.asString())
                .selectFirst("form[action$=/confirm]")
                .attr("action");
        // meanwhile someone else imports the same file with a changed name
        FormClient other = FormClient.loggedIn(accounts.create(Role.ADMINISTRATOR, null));
        other.get("/app/admin/import");
        Response theirs = upload(
                other,
                "/app/admin/import/organisations",
                Map.of("municipalityId", Long.toString(oosterveld), "sector", "primary"),
                "gewijzigd.csv",
                file("hoofdvestigingen-bo-gewijzigd-1252.csv"));
        String theirConfirm = Jsoup.parse(theirs.asString())
                .selectFirst("form[action$=/confirm]")
                .attr("action");
        assertEquals(404, analyst.post(theirConfirm).statusCode(), "nobody confirms another's import");
        assertEquals(200, other.post(theirConfirm).statusCode());

        Response stale = analyst.post(confirm);
        assertEquals(409, stale.statusCode());
        Document again = Jsoup.parse(stale.asString());
        assertTrue(again.text().contains("Sinds u het overzicht zag"), again.text());
        assertTrue(again.text().contains("0 nieuw, 1 gewijzigd, 4 ongewijzigd"), again.text());
        assertTrue(data.contents(oosterveld).get("institution 81AB").startsWith("Kindcentrum Het Anker en De Boei"));

        Response applied =
                analyst.post(again.selectFirst("form[action$=/confirm]").attr("action"));
        assertEquals(200, applied.statusCode());
        assertTrue(data.contents(oosterveld).get("institution 81AB").startsWith("Kindcentrum Het Anker |"));
    }

    @Test
    void countsAreImportedOnTheSamePageWithATemplate() {
        Response template = analyst.get("/app/admin/import/template");
        assertEquals(200, template.statusCode());
        assertTrue(template.contentType().startsWith("text/csv"), template.contentType());
        assertEquals(ImportTemplate.COUNTS, template.asString());
        assertTrue(template.header("Content-Disposition").contains("attachment"));

        analyst.post(Jsoup.parse(uploadSchools(oosterveld, "primary", "hoofdvestigingen-bo-1252.csv")
                        .asString())
                .selectFirst("form[action$=/confirm]")
                .attr("action"));
        analyst.get("/app/admin/import");
        Response previewed = upload(
                analyst,
                "/app/admin/import/counts",
                Map.of("municipalityId", Long.toString(oosterveld)),
                "aantallen.csv",
                file("aantallen.csv"));
        assertEquals(200, previewed.statusCode(), previewed.asString());
        Document preview = Jsoup.parse(previewed.asString());
        assertTrue(preview.text().contains("Ouders: (leeg) → 310"), preview.text());
        Response done =
                analyst.post(preview.selectFirst("form[action$=/confirm]").attr("action"));
        assertEquals(200, done.statusCode());
        assertTrue(data.contents(oosterveld).get("institution 81AA").endsWith("240/310/22 | import aantallen.csv"));
    }

    @Test
    void boardMembersAndLeadsHaveNoImportPage() {
        var world = fixtures.world();
        assertEquals(
                403,
                FormClient.loggedIn(accounts.create(Role.BOARD_MEMBER, world.boardA()))
                        .get("/app/admin/import")
                        .statusCode());
        assertEquals(
                403,
                FormClient.loggedIn(accounts.create(Role.INSTITUTION_LEAD, world.institutionA()))
                        .get("/app/admin/import")
                        .statusCode());
        assertEquals(303, new FormClient().get("/app/admin/import").statusCode(), "anonymous: to the login");
    }
}
