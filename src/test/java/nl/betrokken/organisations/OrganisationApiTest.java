package nl.betrokken.organisations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationApiTest {

    @Inject
    Accounts accounts;

    static String adminSession;

    @BeforeEach
    void logIn() {
        if (adminSession == null) {
            adminSession = accounts.session(Role.ADMINISTRATOR, null);
        }
    }

    static RequestSpecification admin() {
        return Accounts.as(adminSession);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long createMunicipality(String name) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static long createBoard(long municipalityId, String name) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("municipalityId", municipalityId, "name", name))
                .post("/api/organisations/boards")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static long createInstitution(long boardId, String name, String sector) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("boardId", boardId, "name", name, "sector", sector, "parentCount", 120))
                .post("/api/organisations/institutions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void createsReadsAndUpdatesAMunicipality() {
        String name = unique("Gemeente Aa");
        var created = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "  " + name + "  ", "cbsCode", "GM7001"))
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/organisations/municipalities/"))
                .body("name", equalTo(name))
                .extract()
                .jsonPath();
        long id = created.getLong("id");

        admin().get("/api/organisations/municipalities/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("cbsCode", notNullValue());

        String renamed = unique("Gemeente Bb");
        admin().contentType(ContentType.JSON)
                .body(Map.of("name", renamed))
                .put("/api/organisations/municipalities/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(renamed))
                .body("cbsCode", nullValue());
        admin().get("/api/organisations/municipalities")
                .then()
                .statusCode(200)
                .body("name", hasItem(renamed))
                .body("name", not(hasItem(name)));
    }

    @Test
    void buildsTheTreeAndFiltersInstitutions() {
        long municipality = createMunicipality(unique("Gemeente Tree"));
        long board = createBoard(municipality, "Stichting Boom");
        long primary = createInstitution(board, "De Eik", "primary");
        createInstitution(board, "Het Lyceum", "secondary");

        admin().get("/api/organisations")
                .then()
                .statusCode(200)
                .body("municipalities.find { it.id == " + municipality + " }.boards[0].name", equalTo("Stichting Boom"))
                .body(
                        "municipalities.find { it.id == " + municipality + " }.boards[0].institutions.name",
                        equalTo(List.of("De Eik", "Het Lyceum")));

        admin().queryParam("municipality", municipality)
                .queryParam("sector", "primary")
                .get("/api/organisations/institutions")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo((int) primary))
                .body("[0].sector", equalTo("primary"))
                .body("[0].municipalityId", equalTo((int) municipality))
                .body("[0].parentCount", equalTo(120));

        admin().queryParam("board", board)
                .get("/api/organisations/institutions")
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
        admin().queryParam("municipality", municipality)
                .get("/api/organisations/boards")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo((int) board));
    }

    @Test
    void updatesAnInstitutionAndMovesItToAnotherBoard() {
        long municipality = createMunicipality(unique("Gemeente Move"));
        long from = createBoard(municipality, "Bestuur Een");
        long to = createBoard(municipality, "Bestuur Twee");
        long institution = createInstitution(from, "De Verhuizer", "primary");

        admin().contentType(ContentType.JSON)
                .body(Map.of(
                        "boardId",
                        to,
                        "name",
                        "De Verhuizer",
                        "sector",
                        "preschool",
                        "pupilCount",
                        40,
                        "staffCount",
                        5))
                .put("/api/organisations/institutions/" + institution)
                .then()
                .statusCode(200)
                .body("boardId", equalTo((int) to))
                .body("sector", equalTo("preschool"))
                .body("pupilCount", equalTo(40))
                .body("parentCount", nullValue());
        admin().queryParam("board", from)
                .get("/api/organisations/institutions")
                .then()
                .body("$", hasSize(0));
    }

    @Test
    void reportsEveryInvalidFieldByName() {
        admin().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "sector", "primary", "pupilCount", -3, "brinCode", "xyz"))
                .post("/api/organisations/institutions")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("boardId", "brinCode", "name", "pupilCount")))
                .body("errors.find { it.field == 'name' }.message", equalTo("is required"))
                .body("errors.find { it.field == 'pupilCount' }.message", equalTo("must be 0 or more"))
                .body("errors.find { it.field == 'brinCode' }.message", containsString("BRIN"));
    }

    @Test
    void explainsWrongTypesUnknownFieldsAndCodes() {
        admin().contentType(ContentType.JSON)
                .body("{\"boardId\":1,\"name\":\"X\",\"sector\":\"school\"}")
                .post("/api/organisations/institutions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sector"))
                .body("errors[0].message", equalTo("must be one of preschool, primary, secondary, vocational"));

        admin().contentType(ContentType.JSON)
                .body("{\"boardId\":1,\"name\":\"X\",\"sector\":\"primary\",\"pupilCount\":\"many\"}")
                .post("/api/organisations/institutions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("pupilCount"))
                .body("errors[0].message", equalTo("must be a whole number"));

        admin().contentType(ContentType.JSON)
                .body("{\"nmae\":\"Gemeente\"}")
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nmae"))
                .body(
                        "errors[0].message",
                        equalTo("is not a known field; known fields are cbsCode, name, twoFactorForAnalysts"));
    }

    @Test
    void rejectsMalformedMissingAndForeignBodies() {
        admin().contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(400)
                .body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("not valid JSON"));

        admin().contentType(ContentType.JSON)
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("a JSON body is required"));

        admin().contentType(ContentType.TEXT)
                .body("name=x")
                .post("/api/organisations/municipalities")
                .then()
                .statusCode(415)
                .contentType(ContentType.JSON)
                .body("detail", containsString("application/json"));
    }

    @Test
    void refersToUnknownParentsAsFieldErrors() {
        admin().contentType(ContentType.JSON)
                .body(Map.of("municipalityId", 987654321, "name", "Nergens"))
                .post("/api/organisations/boards")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("municipalityId"))
                .body("errors[0].message", equalTo("there is no municipality with id 987654321"));
    }

    @Test
    void answersUnknownIdsAndPathsWithJson404() {
        admin().get("/api/organisations/institutions/987654321")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("detail", equalTo("There is no institution with id 987654321."));
        admin().contentType(ContentType.JSON)
                .body(Map.of("name", "Spook"))
                .put("/api/organisations/municipalities/987654321")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON);
        admin().get("/api/organisations/nothing-here")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("status", is(404));
        admin().delete("/api/organisations/municipalities")
                .then()
                .statusCode(405)
                .contentType(ContentType.JSON)
                .body("status", is(405));
    }

    @Test
    void refusesDuplicatesWithoutWritingAnything() {
        long municipality = createMunicipality(unique("Gemeente Dubbel"));
        long board = createBoard(municipality, "Stichting Dubbel");
        createInstitution(board, "De Tweeling", "primary");

        admin().contentType(ContentType.JSON)
                .body(Map.of("boardId", board, "name", "de tweeling", "sector", "primary"))
                .post("/api/organisations/institutions")
                .then()
                .statusCode(409)
                .body("detail", containsString("already has an institution named"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("municipalityId", municipality, "name", "STICHTING DUBBEL"))
                .post("/api/organisations/boards")
                .then()
                .statusCode(409);

        admin().queryParam("board", board)
                .get("/api/organisations/institutions")
                .then()
                .body("$", hasSize(1));
        admin().queryParam("municipality", municipality)
                .get("/api/organisations/boards")
                .then()
                .body("$", hasSize(1));
    }

    @Test
    void refusesADuplicateBrinCode() {
        long municipality = createMunicipality(unique("Gemeente Brin"));
        long board = createBoard(municipality, "Stichting Brin");
        String brin = "77QZ";
        admin().contentType(ContentType.JSON)
                .body(Map.of("boardId", board, "name", "Een", "sector", "primary", "brinCode", brin))
                .post("/api/organisations/institutions")
                .then()
                .statusCode(201);
        admin().contentType(ContentType.JSON)
                .body(Map.of("boardId", board, "name", "Twee", "sector", "primary", "brinCode", brin))
                .post("/api/organisations/institutions")
                .then()
                .statusCode(409)
                .body("detail", endsWith("already has BRIN code " + brin + "."));
    }

    @Test
    void letsExactlyOneOfManySimultaneousDuplicatesThrough() throws Exception {
        String name = unique("Gemeente Race");
        int clients = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var statuses = new ArrayList<Future<Integer>>();
            for (int i = 0; i < clients; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return admin().contentType(ContentType.JSON)
                            .body(Map.of("name", name))
                            .post("/api/organisations/municipalities")
                            .statusCode();
                }));
            }
            start.countDown();
            var counts = new TreeMap<Integer, Integer>();
            for (var status : statuses) {
                counts.merge(status.get(), 1, Integer::sum);
            }
            Assertions.assertEquals(Map.of(201, 1, 409, clients - 1), counts);
        } finally {
            pool.shutdownNow();
        }
        admin().get("/api/organisations/municipalities")
                .then()
                .body("findAll { it.name == '" + name + "' }", hasSize(1));
    }

    @Test
    void rejectsAnUnknownSectorFilter() {
        admin().queryParam("sector", "university")
                .get("/api/organisations/institutions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sector"));
    }
}
