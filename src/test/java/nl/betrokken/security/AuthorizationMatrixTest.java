package nl.betrokken.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Endpoints;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.Fixtures.World;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every role × an object of the user's own organisation and one of another
 * municipality, with the status each must get. The endpoints are discovered from the compiled
 * resource classes: a new endpoint without a row here fails this test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Who {
        ANON,
        ADMIN,
        ANALYST,
        BOARD,
        LEAD
    }

    /**
     * A request to make; {@code form} sends a form with a valid CSRF token of the caller's own session
     * (as the caller's browser would), so the scope check is what decides; a form without one is
     * refused before anything else (one rule says so).
     */
    record Call(String method, String path, Object json, boolean form, Map<String, String> fields) {
        Call(String method, String path, Object json, boolean form) {
            this(method, path, json, form, Map.of());
        }
    }

    record Rule(String endpoint, BiFunction<Boolean, Context, Call> call, String expected, boolean freshSession) {}

    /** Ids and names the calls need; waves that calls may change are made by the call itself. */
    record Context(
            World world,
            long someUser,
            String someUsername,
            String admin,
            long waveA,
            String slugA,
            long waveB,
            long targetA,
            long targetB,
            long screeningA,
            long screeningB,
            long planA,
            long planB,
            long closedA,
            long closedB,
            String planSlug,
            LeaIds lea,
            Fixtures fixtures) {

        long screening(boolean own) {
            return own ? screeningA : screeningB;
        }

        long organisation(boolean own) {
            return own ? lea.organisationA() : lea.organisationB();
        }

        /** A partner organisation's part in the own or the other screening round. */
        long part(boolean own) {
            return own ? lea.partA() : lea.partB();
        }

        long member(boolean own) {
            return own ? lea.memberA() : lea.memberB();
        }

        /** A working group member to remove, so that removing one leaves the others for the other rules. */
        long freshMember(boolean own) {
            return fixtures.workingGroupMember(screening(own));
        }

        long plan(boolean own) {
            return own ? planA : planB;
        }

        /** A token of the administrator: nobody else may revoke it, and to them it does not exist. */
        long someToken() {
            return Accounts.as(admin)
                    .body(Map.of("name", unique("van de beheerder"), "validDays", 7))
                    .post("/api/me/tokens")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }

        /** A new channel of the own or the other wave, made by the administrator: its id and its links. */
        io.restassured.path.json.JsonPath channel(boolean own) {
            return Accounts.as(admin)
                    .body(Map.of("name", unique("Kanaal"), "kind", "library"))
                    .post("/api/waves/" + (own ? waveA : waveB) + "/channels")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
        }

        /** A path below the own or the other wave's new channel. */
        String channelPath(boolean own, String prefix, String after) {
            return prefix + (own ? waveA : waveB) + "/channels/" + channel(own).getLong("id") + after;
        }

        long freshTarget(boolean own) {
            return Accounts.as(admin)
                    .contentType(ContentType.JSON)
                    .body(target(own, this))
                    .post("/api/targets")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }

        /** A new board of municipality A or B, made by the administrator, to archive without touching others. */
        long freshBoard(boolean own) {
            return Accounts.as(admin)
                    .body(Map.of(
                            "municipalityId",
                            own ? world.municipalityA() : world.municipalityB(),
                            "name",
                            unique("Bestuur om te archiveren")))
                    .post("/api/organisations/boards")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }

        long freshInstitution(boolean own) {
            return Accounts.as(admin)
                    .body(Map.of(
                            "boardId",
                            own ? world.boardA() : world.boardB(),
                            "name",
                            unique("School om te archiveren"),
                            "sector",
                            "primary"))
                    .post("/api/organisations/institutions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }

        /** A municipality nobody but the administrator works for. */
        long freshMunicipality() {
            return Accounts.as(admin)
                    .body(Map.of("name", unique("Gemeente om te archiveren")))
                    .post("/api/organisations/municipalities")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }

        long freshWave(boolean own) {
            long institution = own ? world.institutionA() : world.institutionB();
            return Waves.openNow(admin, "parent-baseline", "link", institution).getLong("id");
        }

        /** Own: a wave of both schools of the own board (a lead sees one of them); other: a one-school wave. */
        long twoSchoolWave(boolean own) {
            return own
                    ? Waves.openNow(admin, "parent-baseline", "link", world.institutionA(), world.institutionA2())
                            .getLong("id")
                    : freshWave(false);
        }

        /** A fresh wave of the own or the other school, with one paper form printed by the administrator. */
        record Paper(long wave, String code) {}

        Paper paper(boolean own) {
            long wave = freshWave(own);
            String code = Accounts.as(admin)
                    .body(Map.of("institutionId", own ? world.institutionA() : world.institutionB(), "count", 1))
                    .post("/api/waves/" + wave + "/paper-forms")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getString("codes[0]");
            return new Paper(wave, code);
        }

        /** Rows of answers exist only for closed waves. */
        long closed(boolean own) {
            return own ? closedA : closedB;
        }

        long closedWave(boolean own) {
            long wave = freshWave(own);
            Accounts.as(admin)
                    .contentType(ContentType.JSON)
                    .post("/api/waves/" + wave + "/close")
                    .then()
                    .statusCode(200);
            return wave;
        }
    }

    /** The LEA's partner organisations, their parts in the screening rounds and working group members, per side. */
    record LeaIds(long organisationA, long organisationB, long partA, long partB, long memberA, long memberB) {}

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    private Context context;
    private final Map<Who, String> sessions = new EnumMap<>(Who.class);
    private final Map<Who, String> usernames = new EnumMap<>(Who.class);

    @BeforeEach
    void setUp() {
        World world = fixtures.world();
        usernames.put(Who.ADMIN, accounts.create(Role.ADMINISTRATOR, null));
        usernames.put(Who.ANALYST, accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA()));
        usernames.put(Who.BOARD, accounts.create(Role.BOARD_MEMBER, world.boardA()));
        usernames.put(Who.LEAD, accounts.create(Role.INSTITUTION_LEAD, world.institutionA()));
        usernames.forEach((who, username) -> sessions.put(who, Accounts.login(username)));
        String target = accounts.create(Role.INSTITUTION_LEAD, world.institutionB());
        long targetId = given().cookie(SessionCookie.NAME, sessions.get(Who.ADMIN))
                .get("/api/users")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.username == '" + target + "' }.id");
        var waveA = Waves.openNow(sessions.get(Who.ADMIN), "parent-baseline", "link", world.institutionA());
        long waveB = Waves.openNow(sessions.get(Who.ADMIN), "parent-baseline", "link", world.institutionB())
                .getLong("id");
        Context base = new Context(
                world,
                targetId,
                target,
                sessions.get(Who.ADMIN),
                waveA.getLong("id"),
                waveA.getString("institutions[0].link").substring(3),
                waveB,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                null,
                null,
                fixtures);
        long screeningA = fixtures.screening(world.municipalityA(), world.boardA());
        long screeningB = fixtures.screening(world.municipalityB(), world.boardB());
        long organisationA = fixtures.partnerOrganisation(world.municipalityA());
        long organisationB = fixtures.partnerOrganisation(world.municipalityB());
        LeaIds lea = new LeaIds(
                organisationA,
                organisationB,
                fixtures.organisationPart(screeningA, organisationA),
                fixtures.organisationPart(screeningB, organisationB),
                fixtures.workingGroupMember(screeningA),
                fixtures.workingGroupMember(screeningB));
        context = new Context(
                world,
                targetId,
                target,
                sessions.get(Who.ADMIN),
                base.waveA(),
                base.slugA(),
                waveB,
                base.freshTarget(true),
                base.freshTarget(false),
                screeningA,
                screeningB,
                fixtures.plan(world.municipalityA())[0],
                fixtures.plan(world.municipalityB())[0],
                base.closedWave(true),
                base.closedWave(false),
                fixtures.schoolPlan(world.institutionA()),
                lea,
                fixtures);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> target(boolean own, Context c) {
        return Map.of(
                "municipalityId",
                own ? c.world().municipalityA() : c.world().municipalityB(),
                "name",
                unique("Doel"),
                "questionnaireId",
                "parent-baseline",
                "indicatorId",
                "satisfied-relationship",
                "threshold",
                0.9,
                "deadline",
                "2028-12-31");
    }

    static Map<String, Object> schoolPlanAction() {
        return Map.of(
                "statements",
                List.of(Map.of("questionnaireId", "school-typology-parents", "itemId", "t12")),
                "text",
                unique("Actie"),
                "owner",
                "De directeur",
                "dueDate",
                "2027-06-30",
                "revision",
                0);
    }

    /** A form field that makes the call a multipart upload, with the value as the uploaded file. */
    static final String MULTIPART_FILE = "file";

    static final String IMPORT_SCHOOLS =
            "BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;INSTELLINGSNAAM;GEMEENTENUMMER\n70001;80AA;Testschool;0363\n";
    static final String IMPORT_COUNTS = "BRIN;LEERLINGEN;OUDERS;MEDEWERKERS\n80AA;10;10;1\n";

    static Map<String, Object> importBody(long municipalityId, String file) {
        return Map.of(
                "municipalityId",
                municipalityId,
                "sector",
                "primary",
                "file",
                java.util.Base64.getEncoder().encodeToString(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static Call get(String path) {
        return new Call("GET", path, null, false);
    }

    private static Call json(String method, String path, Object body) {
        return new Call(method, path, body, false);
    }

    private static Call form(String path) {
        return new Call("POST", path, null, true);
    }

    private static Call form(String path, Map<String, String> fields) {
        return new Call("POST", path, null, true, fields);
    }

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        // --- organisations: everyone logged in reads within scope; only administrators write
        rules.add(new Rule(
                "GET /api/organisations",
                (own, c) -> get("/api/organisations"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "GET /api/organisations/municipalities",
                (own, c) -> get("/api/organisations/municipalities"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "GET /api/organisations/municipalities/{id}",
                (own, c) -> get("/api/organisations/municipalities/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB())),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /api/organisations/municipalities",
                (own, c) -> json("POST", "/api/organisations/municipalities", Map.of("name", unique("Gemeente Nieuw"))),
                "anon 401, admin 201, analyst 403, board 403, lead 403",
                false));
        rules.add(new Rule(
                "PUT /api/organisations/municipalities/{id}",
                (own, c) -> json(
                        "PUT",
                        "/api/organisations/municipalities/"
                                + (own ? c.world().municipalityA() : c.world().municipalityB()),
                        Map.of("name", unique("Gemeente Hernoemd"))),
                "anon 401 401, admin 200 200, analyst 403 403, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/organisations/boards",
                (own, c) -> get("/api/organisations/boards"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "GET /api/organisations/boards/{id}",
                (own, c) -> get("/api/organisations/boards/"
                        + (own ? c.world().boardA() : c.world().boardB())),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /api/organisations/boards",
                (own, c) -> json(
                        "POST",
                        "/api/organisations/boards",
                        Map.of("municipalityId", c.world().municipalityA(), "name", unique("Bestuur Nieuw"))),
                "anon 401, admin 201, analyst 201, board 403, lead 403",
                false));
        rules.add(new Rule(
                "PUT /api/organisations/boards/{id}",
                (own, c) -> json(
                        "PUT",
                        "/api/organisations/boards/"
                                + (own ? c.world().boardA() : c.world().boardB()),
                        Map.of(
                                "municipalityId",
                                own ? c.world().municipalityA() : c.world().municipalityB(),
                                "name",
                                unique("Bestuur Hernoemd"))),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/organisations/institutions",
                (own, c) -> get("/api/organisations/institutions"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "GET /api/organisations/institutions/{id}",
                (own, c) -> get("/api/organisations/institutions/"
                        + (own ? c.world().institutionA() : c.world().institutionB())),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /api/organisations/institutions",
                (own, c) -> json(
                        "POST",
                        "/api/organisations/institutions",
                        Map.of("boardId", c.world().boardA(), "name", unique("School Nieuw"), "sector", "primary")),
                "anon 401, admin 201, analyst 201, board 403, lead 403",
                false));
        rules.add(new Rule(
                "PUT /api/organisations/institutions/{id}",
                (own, c) -> json(
                        "PUT",
                        "/api/organisations/institutions/"
                                + (own ? c.world().institutionA() : c.world().institutionB()),
                        Map.of(
                                "boardId",
                                own ? c.world().boardA() : c.world().boardB(),
                                "name",
                                unique("School Hernoemd"),
                                "sector",
                                "primary")),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));

        for (String action : List.of("archive", "restore")) {
            rules.add(new Rule(
                    "POST /api/organisations/municipalities/{id}/" + action,
                    (own, c) -> json(
                            "POST",
                            "/api/organisations/municipalities/" + c.freshMunicipality() + "/" + action,
                            Map.of()),
                    "anon 401, admin 200, analyst 403, board 403, lead 403",
                    false));
            rules.add(new Rule(
                    "POST /api/organisations/boards/{id}/" + action,
                    (own, c) -> json("POST", "/api/organisations/boards/" + c.freshBoard(own) + "/" + action, Map.of()),
                    "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                    false));
            rules.add(new Rule(
                    "POST /api/organisations/institutions/{id}/" + action,
                    (own, c) -> json(
                            "POST",
                            "/api/organisations/institutions/" + c.freshInstitution(own) + "/" + action,
                            Map.of()),
                    "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                    false));
        }

        // --- the organisation pages: administrators everywhere, analysts in their own municipality
        rules.add(new Rule(
                "GET /app/admin/organisations",
                (own, c) -> get("/app/admin/organisations"),
                "anon 303, admin 200, analyst 303, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/organisations/municipalities",
                (own, c) -> form("/app/admin/organisations/municipalities"),
                "anon 303, admin 400, analyst 403, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /app/admin/organisations/municipalities/{id}",
                (own, c) -> get("/app/admin/organisations/municipalities/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB())),
                "anon 303 303, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/organisations/municipalities/{id}",
                (own, c) -> form("/app/admin/organisations/municipalities/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB())),
                "anon 303 303, admin 400 400, analyst 403 403, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/organisations/municipalities/{id}/archive",
                (own, c) -> form(
                        "/app/admin/organisations/municipalities/"
                                + (own ? c.world().municipalityA() : c.world().municipalityB()) + "/archive",
                        Map.of("archived", "false")),
                "anon 303 303, admin 303 303, analyst 403 403, board 403 403, lead 403 403",
                false));
        for (String kind : List.of("boards", "institutions")) {
            rules.add(new Rule(
                    "POST /app/admin/organisations/municipalities/{id}/" + kind,
                    (own, c) -> form("/app/admin/organisations/municipalities/"
                            + (own ? c.world().municipalityA() : c.world().municipalityB()) + "/" + kind),
                    "anon 303 303, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                    false));
        }
        rules.add(new Rule(
                "GET /app/admin/organisations/boards/{id}",
                (own, c) -> get("/app/admin/organisations/boards/"
                        + (own ? c.world().boardA() : c.world().boardB())),
                "anon 303 303, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/organisations/boards/{id}",
                (own, c) -> form("/app/admin/organisations/boards/"
                        + (own ? c.world().boardA() : c.world().boardB())),
                "anon 303 303, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/organisations/boards/{id}/archive",
                (own, c) -> form(
                        "/app/admin/organisations/boards/"
                                + (own ? c.world().boardA() : c.world().boardB()) + "/archive",
                        Map.of("archived", "false")),
                "anon 303 303, admin 303 303, analyst 303 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /app/admin/organisations/institutions/{id}",
                (own, c) -> get("/app/admin/organisations/institutions/"
                        + (own ? c.world().institutionA() : c.world().institutionB())),
                "anon 303 303, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/organisations/institutions/{id}",
                (own, c) -> form("/app/admin/organisations/institutions/"
                        + (own ? c.world().institutionA() : c.world().institutionB())),
                "anon 303 303, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/organisations/institutions/{id}/archive",
                (own, c) -> form(
                        "/app/admin/organisations/institutions/"
                                + (own ? c.world().institutionA() : c.world().institutionB()) + "/archive",
                        Map.of("archived", "false")),
                "anon 303 303, admin 303 303, analyst 303 404, board 403 403, lead 403 403",
                false));

        // --- the target pages: everyone reads the targets that concern them, municipalities set them
        rules.add(new Rule(
                "GET /app/targets",
                (own, c) -> get("/app/targets"),
                "anon 303, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "GET /app/targets/new",
                (own, c) -> get("/app/targets/new"),
                "anon 303, admin 200, analyst 200, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /app/targets/new",
                (own, c) -> form("/app/targets/new"),
                "anon 303, admin 400, analyst 400, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /app/targets/{id}",
                (own, c) -> get("/app/targets/" + (own ? c.targetA() : c.targetB())),
                "anon 303 303, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/targets/{id}",
                (own, c) -> form("/app/targets/" + (own ? c.targetA() : c.targetB())),
                "anon 303 303, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/targets/{id}/delete",
                (own, c) -> form("/app/targets/" + c.freshTarget(own) + "/delete"),
                "anon 303 303, admin 303 303, analyst 303 404, board 403 403, lead 403 403",
                false));

        // --- municipality settings and the audit trail on screen
        rules.add(new Rule(
                "GET /app/admin/settings/{municipalityId}",
                (own, c) -> get("/app/admin/settings/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB())),
                "anon 303 303, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/settings/{municipalityId}",
                (own, c) -> form("/app/admin/settings/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB())),
                "anon 303 303, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /app/admin/settings/{municipalityId}/population",
                (own, c) -> get("/app/admin/settings/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB()) + "/population"),
                "anon 303 303, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                // no shares typed: the page says what is missing, after the role and the municipality
                "POST /app/admin/settings/{municipalityId}/population/{item}",
                (own, c) -> form("/app/admin/settings/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB())
                        + "/population/home-language"),
                "anon 303 303, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/settings/{municipalityId}/population/{item}/delete",
                (own, c) -> form("/app/admin/settings/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB())
                        + "/population/child-age/delete"),
                "anon 303 303, admin 303 303, analyst 303 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /app/admin/norms",
                (own, c) -> get("/app/admin/norms"),
                "anon 303, admin 200, analyst 403, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/norms",
                (own, c) -> form("/app/admin/norms"),
                "anon 303, admin 400, analyst 403, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /app/audit",
                (own, c) -> get("/app/audit"),
                "anon 303, admin 200, analyst 200, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /app/audit/export.csv",
                (own, c) -> get("/app/audit/export.csv"),
                "anon 303, admin 200, analyst 200, board 403, lead 403",
                false));

        // --- questionnaire definitions are public texts
        rules.add(new Rule(
                "GET /api/questionnaires",
                (own, c) -> get("/api/questionnaires"),
                "anon 200, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "GET /api/questionnaires/{id}",
                (own, c) -> get("/api/questionnaires/parent-baseline"),
                "anon 200, admin 200, analyst 200, board 200, lead 200",
                false));

        // --- users: the administrator's
        rules.add(new Rule(
                "GET /api/users",
                (own, c) -> get("/api/users"),
                "anon 401, admin 200, analyst 200, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /api/users/{id}",
                (own, c) -> get("/api/users/" + c.someUser()),
                "anon 401, admin 200, analyst 404, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /api/users",
                (own, c) -> json(
                        "POST",
                        "/api/users",
                        Map.of(
                                "username",
                                unique("nieuw").replace(' ', '-') + "@test.example",
                                "displayName",
                                "Nieuw",
                                "role",
                                "board-member",
                                "boardId",
                                c.world().boardA(),
                                "password",
                                "tijdelijk-wachtwoord-1")),
                "anon 401, admin 201, analyst 201, board 403, lead 403",
                false));
        rules.add(new Rule(
                "PUT /api/users/{id}",
                (own, c) -> json(
                        "PUT",
                        "/api/users/" + c.someUser(),
                        Map.of(
                                "username",
                                c.someUsername(),
                                "displayName",
                                "Hernoemd",
                                "role",
                                "institution-lead",
                                "institutionId",
                                c.world().institutionB())),
                "anon 401, admin 200, analyst 404, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /api/users/{id}/password-reset",
                (own, c) -> json(
                        "POST",
                        "/api/users/" + c.someUser() + "/password-reset",
                        Map.of("newPassword", "opnieuw-tijdelijk-2")),
                "anon 401, admin 204, analyst 404, board 403, lead 403",
                false));

        rules.add(new Rule(
                "POST /api/users/{id}/invitation",
                (own, c) -> json("POST", "/api/users/" + c.someUser() + "/invitation", Map.of()),
                "anon 401, admin 201, analyst 404, board 403, lead 403",
                false));

        // --- the user pages (someUser is a lead of another municipality than the analyst's)
        rules.add(new Rule(
                "GET /app/admin/users",
                (own, c) -> get("/app/admin/users"),
                "anon 303, admin 200, analyst 200, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/users",
                (own, c) -> form("/app/admin/users"),
                "anon 303, admin 400, analyst 400, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /app/admin/users/{id}",
                (own, c) -> get("/app/admin/users/" + c.someUser()),
                "anon 303, admin 200, analyst 404, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/users/{id}",
                (own, c) -> form("/app/admin/users/" + c.someUser()),
                "anon 303, admin 400, analyst 404, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/users/{id}/active",
                (own, c) -> form("/app/admin/users/" + c.someUser() + "/active", Map.of("active", "true")),
                "anon 303, admin 303, analyst 404, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/users/{id}/invitation",
                (own, c) -> form("/app/admin/users/" + c.someUser() + "/invitation"),
                "anon 303, admin 200, analyst 404, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/users/{id}/password-reset",
                (own, c) -> form("/app/admin/users/" + c.someUser() + "/password-reset"),
                "anon 303, admin 400, analyst 404, board 403, lead 403",
                false));
        // an invitation link that does not exist (or expired, or was used) is the same 404 for everyone
        rules.add(new Rule(
                "GET /account/invitation/{token}",
                (own, c) -> get("/account/invitation/no-such-invitation"),
                "anon 404, admin 404, analyst 404, board 404, lead 404",
                false));
        rules.add(new Rule(
                "POST /account/invitation/{token}",
                (own, c) -> form(
                        "/account/invitation/no-such-invitation",
                        Map.of(
                                "newPassword",
                                "een-heel-nieuw-wachtwoord",
                                "repeatPassword",
                                "een-heel-nieuw-wachtwoord")),
                "anon 404, admin 404, analyst 404, board 404, lead 404",
                false));

        // --- the current user and sessions
        rules.add(new Rule(
                "GET /api/me",
                (own, c) -> get("/api/me"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "PUT /api/me/password",
                (own, c) -> json(
                        "PUT",
                        "/api/me/password",
                        Map.of("currentPassword", "not-the-password", "newPassword", "een-heel-nieuw-wachtwoord")),
                "anon 401, admin 400, analyst 400, board 400, lead 400",
                false));
        rules.add(new Rule(
                "POST /api/session",
                (own, c) -> json(
                        "POST",
                        "/api/session",
                        Map.of(
                                "username",
                                unique("nobody").replace(' ', '-') + "@test.example",
                                "password",
                                "wrong-password-1")),
                "anon 401, admin 401, analyst 401, board 401, lead 401",
                false));
        rules.add(new Rule(
                "DELETE /api/session",
                (own, c) -> new Call("DELETE", "/api/session", null, false),
                "anon 204, admin 204, analyst 204, board 204, lead 204",
                true));

        // --- one's own API tokens and second factor: everyone logged in, each only their own
        rules.add(new Rule(
                "GET /api/me/tokens",
                (own, c) -> get("/api/me/tokens"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /api/me/tokens",
                (own, c) -> json("POST", "/api/me/tokens", Map.of("name", unique("script"), "validDays", 7)),
                "anon 401, admin 201, analyst 201, board 201, lead 201",
                false));
        rules.add(new Rule(
                "DELETE /api/me/tokens/{id}",
                (own, c) -> new Call("DELETE", "/api/me/tokens/" + c.someToken(), null, false),
                "anon 401, admin 204, analyst 404, board 404, lead 404",
                false));
        rules.add(new Rule(
                "GET /api/me/two-factor",
                (own, c) -> get("/api/me/two-factor"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /api/me/two-factor",
                (own, c) -> json("POST", "/api/me/two-factor", Map.of()),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /api/me/two-factor/confirm",
                (own, c) -> json("POST", "/api/me/two-factor/confirm", Map.of("code", "000000")),
                "anon 401, admin 400, analyst 400, board 400, lead 400",
                false));
        rules.add(new Rule(
                "DELETE /api/me/two-factor",
                (own, c) -> new Call("DELETE", "/api/me/two-factor", null, false),
                "anon 401, admin 204, analyst 204, board 204, lead 204",
                false));
        rules.add(new Rule(
                "GET /account/tokens",
                (own, c) -> get("/account/tokens"),
                "anon 303, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /account/tokens",
                (own, c) -> form("/account/tokens"),
                "anon 303, admin 400, analyst 400, board 400, lead 400",
                false));
        rules.add(new Rule(
                "POST /account/tokens/{id}/revoke",
                (own, c) -> form("/account/tokens/" + c.someToken() + "/revoke"),
                "anon 303, admin 303, analyst 404, board 404, lead 404",
                false));
        rules.add(new Rule(
                "GET /account/two-factor",
                (own, c) -> get("/account/two-factor"),
                "anon 303, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /account/two-factor/start",
                (own, c) -> form("/account/two-factor/start"),
                "anon 303, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /account/two-factor/confirm",
                (own, c) -> form("/account/two-factor/confirm", Map.of("code", "000000")),
                "anon 303, admin 400, analyst 400, board 400, lead 400",
                false));
        rules.add(new Rule(
                "POST /account/two-factor/disable",
                (own, c) -> form("/account/two-factor/disable"),
                "anon 303, admin 303, analyst 303, board 303, lead 303",
                false));

        // --- audit trail
        rules.add(new Rule(
                "GET /api/audit",
                (own, c) -> get("/api/audit"),
                "anon 401, admin 200, analyst 200, board 403, lead 403",
                false));

        // --- waves: within one's own scope; outside it nothing exists
        rules.add(new Rule(
                "GET /api/waves",
                (own, c) -> get("/api/waves"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /api/waves",
                (own, c) -> json(
                        "POST",
                        "/api/waves",
                        Map.of(
                                "name",
                                unique("Peiling"),
                                "questionnaireId",
                                "parent-baseline",
                                "opensOn",
                                LocalDate.now().toString(),
                                "closesOn",
                                LocalDate.now().plusDays(9).toString(),
                                "access",
                                "link",
                                "institutionIds",
                                List.of(
                                        own
                                                ? c.world().institutionA()
                                                : c.world().institutionB()))),
                "anon 401 401, admin 201 201, analyst 201 400, board 201 400, lead 201 400",
                false));
        rules.add(new Rule(
                "GET /api/waves/{id}",
                (own, c) -> get("/api/waves/" + (own ? c.waveA() : c.waveB())),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /api/waves/{id}/close",
                (own, c) -> json("POST", "/api/waves/" + c.freshWave(own) + "/close", Map.of()),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /api/waves/{id}/channels",
                (own, c) -> get("/api/waves/" + (own ? c.waveA() : c.waveB()) + "/channels"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /api/waves/{id}/channels",
                (own, c) -> json(
                        "POST",
                        "/api/waves/" + (own ? c.waveA() : c.waveB()) + "/channels",
                        Map.of("name", unique("Bibliotheek"), "kind", "library")),
                "anon 401 401, admin 201 201, analyst 201 404, board 201 404, lead 201 404",
                false));
        rules.add(new Rule(
                "GET /api/waves/{id}/channels/{channelId}",
                (own, c) -> get(c.channelPath(own, "/api/waves/", "")),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /api/waves/{id}/publish",
                (own, c) -> json("POST", "/api/waves/" + (own ? c.waveA() : c.waveB()) + "/publish", Map.of()),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "PUT /api/waves/{id}/institutions/{institutionId}/code-limit",
                (own, c) -> json(
                        "PUT",
                        "/api/waves/"
                                + (own
                                        ? c.waveA() + "/institutions/"
                                                + c.world().institutionA()
                                        : c.waveB() + "/institutions/"
                                                + c.world().institutionB())
                                + "/code-limit",
                        Map.of("limit", 150)),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /api/waves/{id}/institutions/{institutionId}/codes",
                (own, c) -> json(
                        "POST",
                        "/api/waves/"
                                + (own
                                        ? c.waveA() + "/institutions/"
                                                + c.world().institutionA()
                                        : c.waveB() + "/institutions/"
                                                + c.world().institutionB())
                                + "/codes",
                        Map.of("count", 2)),
                "anon 401 401, admin 201 201, analyst 201 404, board 201 404, lead 201 404",
                false));

        // --- wave management (issue 17): whoever sees every institution of the wave changes it
        rules.add(new Rule(
                "PATCH /api/waves/{id}",
                (own, c) -> json(
                        "PATCH",
                        "/api/waves/" + c.freshWave(own),
                        Map.of("closesOn", LocalDate.now().plusDays(20).toString())),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /api/waves/{id}/institutions/{institutionId}",
                (own, c) -> json(
                        "POST",
                        "/api/waves/" + c.freshWave(own) + "/institutions/"
                                + c.world().institutionA2(),
                        Map.of()),
                "anon 401 401, admin 200 400, analyst 200 404, board 200 404, lead 400 404",
                false));
        rules.add(new Rule(
                "DELETE /api/waves/{id}/institutions/{institutionId}",
                (own, c) -> json(
                        "DELETE",
                        "/api/waves/" + c.twoSchoolWave(own) + "/institutions/"
                                + (own ? c.world().institutionA() : c.world().institutionB()),
                        null),
                "anon 401 401, admin 200 409, analyst 200 404, board 200 404, lead 404 404",
                false));

        // --- analysis and targets: read within scope, settings and targets for municipalities
        rules.add(new Rule(
                "GET /api/analysis/waves/{id}",
                (own, c) -> get("/api/analysis/waves/" + (own ? c.waveA() : c.waveB())),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /api/analysis/waves/{id}/channels",
                (own, c) -> get("/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/channels"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /api/analysis/waves/{id}/reach",
                (own, c) -> get("/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/reach"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                // the own wave is a parents' one: shown per institution only for organisations, so 400 after the scope
                // check
                "GET /api/analysis/waves/{id}/institutions",
                (own, c) -> get("/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/institutions"),
                "anon 401 401, admin 400 400, analyst 400 404, board 400 404, lead 400 404",
                false));
        rules.add(new Rule(
                "GET /api/analysis/compare",
                (own, c) -> get("/api/analysis/compare?baseline=" + (own ? c.waveA() : c.waveB()) + "&followUp="
                        + (own ? c.waveA() : c.waveB())),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /api/analysis/institutions/{id}/expectations",
                (own, c) -> get("/api/analysis/institutions/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/expectations"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /api/analysis/institutions/{id}/typology",
                (own, c) -> get("/api/analysis/institutions/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/typology"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /api/analysis/municipalities/{id}/settings",
                (own, c) -> get("/api/analysis/municipalities/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB()) + "/settings"),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "PUT /api/analysis/municipalities/{id}/settings",
                (own, c) -> json(
                        "PUT",
                        "/api/analysis/municipalities/"
                                + (own ? c.world().municipalityA() : c.world().municipalityB()) + "/settings",
                        Map.of(
                                "parentThreshold",
                                5,
                                "staffThreshold",
                                5,
                                "microdataThreshold",
                                10,
                                "populationShares",
                                List.of())),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/analysis/waves/{id}/institutions/{institutionId}/benchmarks",
                (own, c) -> get("/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/institutions/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/benchmarks"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /api/analysis/waves/{id}/open-answers",
                (own, c) -> get("/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers"),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                // an answer that does not exist: refused by the service, after the role and the wave's municipality
                "PUT /api/analysis/waves/{id}/open-answers/{item}",
                (own, c) -> json(
                        "PUT",
                        "/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/remarks",
                        Map.of("codings", List.of(Map.of("responseId", 0, "themes", List.of(), "quote", false)))),
                "anon 401 401, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/analysis/waves/{id}/open-answers/themes",
                (own, c) -> get("/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/themes"),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /api/analysis/waves/{id}/open-answers/themes",
                (own, c) -> json(
                        "POST",
                        "/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/themes",
                        Map.of("label", unique("Thema"))),
                "anon 401 401, admin 201 201, analyst 201 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "PUT /api/analysis/waves/{id}/open-answers/themes/{themeId}",
                (own, c) -> json(
                        "PUT",
                        "/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/themes/0",
                        Map.of("label", unique("Thema"))),
                "anon 401 401, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "DELETE /api/analysis/waves/{id}/open-answers/themes/{themeId}",
                (own, c) -> json(
                        "DELETE",
                        "/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/themes/0",
                        null),
                "anon 401 401, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /api/analysis/waves/{id}/open-answers/publish",
                (own, c) -> json(
                        "POST",
                        "/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/publish",
                        Map.of()),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/analysis/waves/{id}/open-answers/counts",
                (own, c) -> get("/api/analysis/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/counts"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /api/analysis/municipalities/{id}/population",
                (own, c) -> get("/api/analysis/municipalities/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB()) + "/population"),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                // shares that do not add up: refused by the service, after the role and the municipality
                "PUT /api/analysis/municipalities/{id}/population/{item}",
                (own, c) -> json(
                        "PUT",
                        "/api/analysis/municipalities/"
                                + (own ? c.world().municipalityA() : c.world().municipalityB())
                                + "/population/home-language",
                        Map.of("shares", Map.of("dutch", 0.5, "dutch-and-other", 0.1, "other", 0.1), "source", "x")),
                "anon 401 401, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "DELETE /api/analysis/municipalities/{id}/population/{item}",
                (own, c) -> json(
                        "DELETE",
                        "/api/analysis/municipalities/"
                                + (own ? c.world().municipalityA() : c.world().municipalityB())
                                + "/population/child-age",
                        null),
                "anon 401 401, admin 204 204, analyst 204 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/analysis/norms",
                (own, c) -> get("/api/analysis/norms"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                // a school year that has not ended: refused after the role check, so nothing is frozen here
                "POST /api/analysis/norms",
                (own, c) -> json("POST", "/api/analysis/norms", Map.of("schoolYear", "2099-2100")),
                "anon 401, admin 400, analyst 403, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /api/analysis/rebuild",
                (own, c) -> json("POST", "/api/analysis/rebuild", Map.of()),
                "anon 401, admin 200, analyst 403, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /api/targets",
                (own, c) -> get("/api/targets"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /api/targets",
                (own, c) -> json("POST", "/api/targets", target(own, c)),
                "anon 401 401, admin 201 201, analyst 201 400, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/targets/{id}",
                (own, c) -> get("/api/targets/" + (own ? c.targetA() : c.targetB())),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "PUT /api/targets/{id}",
                (own, c) -> json("PUT", "/api/targets/" + (own ? c.targetA() : c.targetB()), target(own, c)),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/targets/waves/{waveId}/decisions",
                (own, c) -> get("/api/targets/waves/" + (own ? c.waveA() : c.waveB()) + "/decisions"),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "DELETE /api/targets/{id}",
                (own, c) -> new Call("DELETE", "/api/targets/" + c.freshTarget(own), null, false),
                "anon 401 401, admin 204 204, analyst 204 404, board 403 403, lead 403 403",
                false));

        // --- monitor pages and exports
        rules.add(new Rule(
                "GET /monitor",
                (own, c) -> get("/monitor"),
                "anon 303, admin 303, analyst 303, board 303, lead 303",
                false));
        rules.add(new Rule(
                "GET /monitor/municipalities/{id}",
                (own, c) -> get("/monitor/municipalities/"
                        + (own ? c.world().municipalityA() : c.world().municipalityB())),
                "anon 303 303, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /monitor/waves/{id}/institutions",
                (own, c) -> get("/monitor/waves/" + (own ? c.waveA() : c.waveB()) + "/institutions"),
                "anon 303 303, admin 400 400, analyst 400 404, board 400 404, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /monitor/waves/{id}/channels",
                (own, c) -> get("/monitor/waves/" + (own ? c.waveA() : c.waveB()) + "/channels"),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /monitor/waves/{id}/decisions",
                (own, c) -> get("/monitor/waves/" + (own ? c.waveA() : c.waveB()) + "/decisions"),
                "anon 303 303, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /monitor/waves/{id}/open-answers",
                (own, c) -> get("/monitor/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers"),
                "anon 303 303, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                // no answer on the form: the page is drawn again with nothing to save, after the role check
                "POST /monitor/waves/{id}/open-answers/codes",
                (own, c) -> form(
                        "/monitor/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/codes",
                        Map.of("item", "remarks")),
                "anon 303 303, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /monitor/waves/{id}/open-answers/themes",
                (own, c) -> form(
                        "/monitor/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/themes",
                        Map.of("item", "remarks", "label", unique("Thema"))),
                "anon 303 303, admin 303 303, analyst 303 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                // a theme that does not exist: the page says so, after the role and the wave's municipality
                "POST /monitor/waves/{id}/open-answers/themes/{themeId}",
                (own, c) -> form(
                        "/monitor/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/themes/0",
                        Map.of("item", "remarks", "label", unique("Thema"))),
                "anon 303 303, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /monitor/waves/{id}/open-answers/themes/{themeId}/delete",
                (own, c) -> form(
                        "/monitor/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/themes/0/delete",
                        Map.of("item", "remarks")),
                "anon 303 303, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /monitor/waves/{id}/open-answers/publish",
                (own, c) -> form(
                        "/monitor/waves/" + (own ? c.waveA() : c.waveB()) + "/open-answers/publish",
                        Map.of("item", "remarks")),
                "anon 303 303, admin 303 303, analyst 303 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /monitor/boards/{id}",
                (own, c) -> get("/monitor/boards/"
                        + (own ? c.world().boardA() : c.world().boardB())),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /monitor/institutions/{id}",
                (own, c) -> get("/monitor/institutions/"
                        + (own ? c.world().institutionA() : c.world().institutionB())),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /monitor/institutions/{id}/report.pdf",
                (own, c) -> get("/monitor/institutions/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/report.pdf"),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        for (String file : List.of("codebook.csv", "aggregates.xlsx")) {
            rules.add(new Rule(
                    "GET /api/exports/waves/{id}/" + file,
                    (own, c) -> get("/api/exports/waves/" + (own ? c.waveA() : c.waveB()) + "/" + file),
                    "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                    false));
        }
        // rows of answers are for the data controller only: to anyone else they do not exist
        for (String file : List.of("responses.csv", "labels.sps", "labels.R")) {
            rules.add(new Rule(
                    "GET /api/exports/waves/{id}/" + file,
                    (own, c) -> get("/api/exports/waves/" + c.closed(own) + "/" + file),
                    "anon 401 401, admin 200 200, analyst 200 404, board 404 404, lead 404 404",
                    false));
        }

        // --- the LEA: the municipality manages, invited boards take part, leads have no seat, the administrator looks
        // on
        rules.add(new Rule(
                "GET /lea", (own, c) -> get("/lea"), "anon 303, admin 200, analyst 200, board 200, lead 403", false));
        rules.add(new Rule(
                "GET /api/lea/screenings",
                (own, c) -> get("/api/lea/screenings"),
                "anon 401, admin 200, analyst 200, board 200, lead 403",
                false));
        rules.add(new Rule(
                "GET /api/lea/plans",
                (own, c) -> get("/api/lea/plans"),
                "anon 401, admin 200, analyst 200, board 200, lead 403",
                false));
        rules.add(new Rule(
                "GET /api/lea/plans/{id}/evaluation",
                (own, c) -> get("/api/lea/plans/" + c.plan(own) + "/evaluation"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        for (String kind : List.of("screenings", "plans")) {
            rules.add(new Rule(
                    "GET /lea/" + kind + "/new",
                    (own, c) -> get("/lea/" + kind + "/new"),
                    "anon 303, admin 403, analyst 200, board 403, lead 403",
                    false));
            rules.add(new Rule(
                    "POST /lea/" + kind,
                    (own, c) -> form("/lea/" + kind),
                    "anon 303, admin 403, analyst 400, board 403, lead 403",
                    false));
        }
        rules.add(new Rule(
                "GET /lea/screenings/{id}",
                (own, c) -> get("/lea/screenings/" + c.screening(own)),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /lea/screenings/{id}/part",
                (own, c) -> get("/lea/screenings/" + c.screening(own) + "/part"),
                "anon 303 303, admin 403 403, analyst 200 404, board 200 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /lea/screenings/{id}/part",
                (own, c) -> form("/lea/screenings/" + c.screening(own) + "/part"),
                "anon 303 303, admin 403 403, analyst 200 404, board 200 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /lea/screenings/{id}/agreement",
                (own, c) -> form("/lea/screenings/" + c.screening(own) + "/agreement"),
                "anon 303 303, admin 403 403, analyst 400 404, board 403 404, lead 403 403",
                false));
        for (String page : List.of("", "/history", "/evaluation", "/evaluation.csv", "/evaluation.pdf")) {
            rules.add(new Rule(
                    "GET /lea/plans/{id}" + page,
                    (own, c) -> get("/lea/plans/" + c.plan(own) + page),
                    "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                    false));
        }
        // an empty form: saved (303) where nothing is required, refused (400) where something is, and a goal
        // that is not the plan's own does not exist (404); another municipality's plan never does
        for (var action : Map.of(
                        "/sections/{section}",
                        "analyst 303 404",
                        "/figures",
                        "analyst 303 404",
                        "/goals",
                        "analyst 400 404",
                        "/goals/{goalId}",
                        "analyst 400 404",
                        "/goals/{goalId}/delete",
                        "analyst 404 404")
                .entrySet()) {
            String path = action.getKey().replace("{section}", "vision").replace("{goalId}", "1");
            rules.add(new Rule(
                    "POST /lea/plans/{id}" + action.getKey(),
                    (own, c) -> form("/lea/plans/" + c.plan(own) + path),
                    "anon 303 303, admin 403 403, " + action.getValue() + ", board 403 404, lead 403 403",
                    false));
        }
        rules.add(new Rule(
                "POST /lea/plans/{id}/evaluation/comments",
                (own, c) -> form("/lea/plans/" + c.plan(own) + "/evaluation/comments"),
                "anon 303 303, admin 403 403, analyst 400 404, board 400 404, lead 403 403",
                false));

        // --- the school's improvement plan: the lead and the board write, the municipality and the administrator
        // read, within scope; an action that is not the plan's own does not exist; the parents' page is public
        rules.add(new Rule(
                "GET /app/school-plans",
                (own, c) -> get("/app/school-plans"),
                "anon 303, admin 200, analyst 200, board 200, lead 200",
                false));
        for (String page : List.of("", "/history")) {
            rules.add(new Rule(
                    "GET /app/school-plans/{institutionId}" + page,
                    (own, c) -> get("/app/school-plans/"
                            + (own ? c.world().institutionA() : c.world().institutionB()) + page),
                    "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                    false));
        }
        rules.add(new Rule(
                "GET /app/school-plans/{institutionId}/actions/new",
                (own, c) -> get("/app/school-plans/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/actions/new"),
                "anon 303 303, admin 403 403, analyst 403 403, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /app/school-plans/{institutionId}/actions",
                (own, c) -> form("/app/school-plans/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/actions"),
                "anon 303 303, admin 403 403, analyst 403 403, board 400 404, lead 400 404",
                false));
        rules.add(new Rule(
                "GET /app/school-plans/{institutionId}/actions/{actionId}",
                (own, c) -> get("/app/school-plans/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/actions/0"),
                "anon 303 303, admin 403 403, analyst 403 403, board 404 404, lead 404 404",
                false));
        rules.add(new Rule(
                "POST /app/school-plans/{institutionId}/actions/{actionId}",
                (own, c) -> form("/app/school-plans/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/actions/0"),
                "anon 303 303, admin 403 403, analyst 403 403, board 404 404, lead 404 404",
                false));
        rules.add(new Rule(
                "GET /api/school-plans",
                (own, c) -> get("/api/school-plans"),
                "anon 401, admin 200, analyst 200, board 200, lead 200",
                false));
        for (String page : List.of("", "/history")) {
            rules.add(new Rule(
                    "GET /api/school-plans/{institutionId}" + page,
                    (own, c) -> get("/api/school-plans/"
                            + (own ? c.world().institutionA() : c.world().institutionB()) + page),
                    "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                    false));
        }
        rules.add(new Rule(
                "GET /api/school-plans/{institutionId}/actions/{actionId}",
                (own, c) -> get("/api/school-plans/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/actions/0"),
                "anon 401 401, admin 404 404, analyst 404 404, board 404 404, lead 404 404",
                false));
        rules.add(new Rule(
                "POST /api/school-plans/{institutionId}/actions",
                (own, c) -> json(
                        "POST",
                        "/api/school-plans/"
                                + (own ? c.world().institutionA() : c.world().institutionB()) + "/actions",
                        schoolPlanAction()),
                "anon 401 401, admin 403 403, analyst 403 403, board 201 404, lead 201 404",
                false));
        rules.add(new Rule(
                "PUT /api/school-plans/{institutionId}/actions/{actionId}",
                (own, c) -> json(
                        "PUT",
                        "/api/school-plans/"
                                + (own ? c.world().institutionA() : c.world().institutionB()) + "/actions/0",
                        schoolPlanAction()),
                "anon 401 401, admin 403 403, analyst 403 403, board 404 404, lead 404 404",
                false));
        rules.add(new Rule(
                "GET /scholen/{slug}/wat-we-deden",
                (own, c) -> get("/scholen/" + c.planSlug() + "/wat-we-deden"),
                "anon 200, admin 200, analyst 200, board 200, lead 200",
                false));
        // --- the LEA's lead, partner organisations, working groups and suggestions: the fixture rounds and
        // plans are led by their municipality, so an invited board reads (200) and may not edit (403); the
        // other municipality's do not exist (404)
        rules.add(new Rule(
                "GET /lea/screenings/{id}/handout.pdf",
                (own, c) -> get("/lea/screenings/" + c.screening(own) + "/handout.pdf"),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        for (String kind : List.of("screenings", "plans")) {
            rules.add(new Rule(
                    "POST /lea/" + kind + "/{id}/lead",
                    (own, c) -> form(
                            "/lea/" + kind + "/" + (kind.equals("plans") ? c.plan(own) : c.screening(own)) + "/lead"),
                    "anon 303 303, admin 403 403, analyst 303 404, board 403 403, lead 403 403",
                    false));
            rules.add(new Rule(
                    "PUT /api/lea/" + kind + "/{id}/lead",
                    (own, c) -> json(
                            "PUT",
                            "/api/lea/" + kind + "/" + (kind.equals("plans") ? c.plan(own) : c.screening(own))
                                    + "/lead",
                            Map.of()),
                    "anon 401 401, admin 403 403, analyst 200 404, board 403 403, lead 403 403",
                    false));
        }
        rules.add(new Rule(
                "POST /lea/screenings/{id}/partners",
                (own, c) -> form("/lea/screenings/" + c.screening(own) + "/partners"),
                "anon 303 303, admin 403 403, analyst 400 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /api/lea/screenings/{id}/partners",
                (own, c) -> json("POST", "/api/lea/screenings/" + c.screening(own) + "/partners", Map.of()),
                "anon 401 401, admin 403 403, analyst 400 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/lea/screenings/{id}/partners",
                (own, c) -> get("/api/lea/screenings/" + c.screening(own) + "/partners"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        // a partner organisation's part: the lead fills it in on its behalf, and so may the municipality
        rules.add(new Rule(
                "GET /lea/screenings/{id}/parts/{partnerId}",
                (own, c) -> get("/lea/screenings/" + c.screening(own) + "/parts/" + c.part(own)),
                "anon 303 303, admin 403 403, analyst 200 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /lea/screenings/{id}/parts/{partnerId}",
                (own, c) -> form("/lea/screenings/" + c.screening(own) + "/parts/" + c.part(own)),
                "anon 303 303, admin 403 403, analyst 200 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /lea/plans/{id}/suggestions/{suggestionId}",
                (own, c) -> form("/lea/plans/" + c.plan(own) + "/suggestions/vision-alignment"),
                "anon 303 303, admin 403 403, analyst 303 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /api/lea/plans/{id}/suggestions/{suggestionId}",
                (own, c) -> json("POST", "/api/lea/plans/" + c.plan(own) + "/suggestions/vision-alignment", Map.of()),
                "anon 401 401, admin 403 403, analyst 200 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/lea/suggestions",
                (own, c) -> get("/api/lea/suggestions"),
                "anon 401, admin 200, analyst 200, board 200, lead 403",
                false));
        // partner organisations: everyone at the LEA table reads their municipality's, its analysts keep them
        rules.add(new Rule(
                "GET /lea/partners",
                (own, c) -> get("/lea/partners"),
                "anon 303, admin 200, analyst 200, board 200, lead 403",
                false));
        rules.add(new Rule(
                "POST /lea/partners",
                (own, c) -> form("/lea/partners"),
                "anon 303, admin 403, analyst 400, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /lea/partners/{id}",
                (own, c) -> get("/lea/partners/" + c.organisation(own)),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /lea/partners/{id}",
                (own, c) -> form("/lea/partners/" + c.organisation(own)),
                "anon 303 303, admin 403 403, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /lea/partners/{id}/archive",
                (own, c) -> form("/lea/partners/" + c.organisation(own) + "/archive"),
                "anon 303 303, admin 403 403, analyst 303 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/lea/partner-organisations",
                (own, c) -> get("/api/lea/partner-organisations"),
                "anon 401, admin 200, analyst 200, board 200, lead 403",
                false));
        rules.add(new Rule(
                "POST /api/lea/partner-organisations",
                (own, c) -> json(
                        "POST",
                        "/api/lea/partner-organisations",
                        Map.of("name", unique("Bibliotheek"), "kind", "library")),
                "anon 401, admin 403, analyst 201, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /api/lea/partner-organisations/{id}",
                (own, c) -> get("/api/lea/partner-organisations/" + c.organisation(own)),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        rules.add(new Rule(
                "PUT /api/lea/partner-organisations/{id}",
                (own, c) -> json(
                        "PUT",
                        "/api/lea/partner-organisations/" + c.organisation(own),
                        Map.of("name", unique("JGZ"), "kind", "youth-health")),
                "anon 401 401, admin 403 403, analyst 200 404, board 403 403, lead 403 403",
                false));
        for (String action : List.of("archive", "restore")) {
            rules.add(new Rule(
                    "POST /api/lea/partner-organisations/{id}/" + action,
                    (own, c) -> json(
                            "POST", "/api/lea/partner-organisations/" + c.organisation(own) + "/" + action, Map.of()),
                    "anon 401 401, admin 403 403, analyst 200 404, board 403 403, lead 403 403",
                    false));
        }
        // working groups (shown for rounds; plans take the same rules through the same service)
        rules.add(new Rule(
                "GET /lea/{kind}/{id}/working-group",
                (own, c) -> get("/lea/screenings/" + c.screening(own) + "/working-group"),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /lea/{kind}/{id}/working-group",
                (own, c) -> form("/lea/screenings/" + c.screening(own) + "/working-group"),
                "anon 303 303, admin 403 403, analyst 400 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /lea/{kind}/{id}/working-group/{memberId}",
                (own, c) -> get("/lea/screenings/" + c.screening(own) + "/working-group/" + c.member(own)),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /lea/{kind}/{id}/working-group/{memberId}",
                (own, c) -> form("/lea/screenings/" + c.screening(own) + "/working-group/" + c.member(own)),
                "anon 303 303, admin 403 403, analyst 400 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /lea/{kind}/{id}/working-group/{memberId}/delete",
                (own, c) -> form(
                        "/lea/screenings/" + c.screening(own) + "/working-group/" + c.freshMember(own) + "/delete"),
                "anon 303 303, admin 403 403, analyst 303 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /api/lea/{kind}/{id}/working-group",
                (own, c) -> get("/api/lea/plans/" + c.plan(own) + "/working-group"),
                "anon 401 401, admin 200 200, analyst 200 404, board 200 404, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /api/lea/{kind}/{id}/working-group",
                (own, c) -> json(
                        "POST",
                        "/api/lea/plans/" + c.plan(own) + "/working-group",
                        Map.of("name", "Een ouder", "role", "member", "parent", true)),
                "anon 401 401, admin 403 403, analyst 201 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "PUT /api/lea/{kind}/{id}/working-group/{memberId}",
                (own, c) -> json(
                        "PUT",
                        "/api/lea/screenings/" + c.screening(own) + "/working-group/" + c.member(own),
                        Map.of("name", "De voorzitter", "role", "chair")),
                "anon 401 401, admin 403 403, analyst 200 404, board 403 404, lead 403 403",
                false));
        rules.add(new Rule(
                "DELETE /api/lea/{kind}/{id}/working-group/{memberId}",
                (own, c) -> json(
                        "DELETE",
                        "/api/lea/screenings/" + c.screening(own) + "/working-group/" + c.freshMember(own),
                        null),
                "anon 401 401, admin 403 403, analyst 204 404, board 403 404, lead 403 403",
                false));

        // --- wave pages for staff
        rules.add(new Rule(
                "GET /app/waves/new",
                (own, c) -> get("/app/waves/new"),
                "anon 303, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /app/waves/new",
                (own, c) -> form("/app/waves/new"),
                "anon 303, admin 400, analyst 400, board 400, lead 400",
                false));
        rules.add(new Rule(
                "GET /app/waves/{id}",
                (own, c) -> get("/app/waves/" + (own ? c.waveA() : c.waveB())),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /app/waves/{id}/institutions/{institutionId}/letter",
                (own, c) -> get("/app/waves/"
                        + (own
                                ? c.waveA() + "/institutions/" + c.world().institutionA()
                                : c.waveB() + "/institutions/" + c.world().institutionB())
                        + "/letter"),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /app/waves/{id}/channels",
                (own, c) -> get("/app/waves/" + (own ? c.waveA() : c.waveB()) + "/channels"),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/channels",
                (own, c) -> form(
                        "/app/waves/" + (own ? c.waveA() : c.waveB()) + "/channels",
                        Map.of("name", unique("Buurthuis"), "kind", "community-centre")),
                "anon 303 303, admin 303 303, analyst 303 404, board 303 404, lead 303 404",
                false));
        rules.add(new Rule(
                "GET /app/waves/{id}/channels/{channelId}",
                (own, c) -> get(c.channelPath(own, "/app/waves/", "")),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /app/waves/{id}/channels/{channelId}/poster",
                (own, c) -> get(c.channelPath(own, "/app/waves/", "/poster")),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "GET /app/waves/{id}/channels/{channelId}/slips",
                (own, c) -> get(c.channelPath(own, "/app/waves/", "/slips")),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/publish",
                (own, c) -> form("/app/waves/" + (own ? c.waveA() : c.waveB()) + "/publish"),
                "anon 303 303, admin 303 303, analyst 303 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/institutions/{institutionId}/code-limit",
                (own, c) -> form(
                        "/app/waves/"
                                + (own
                                        ? c.waveA() + "/institutions/"
                                                + c.world().institutionA()
                                        : c.waveB() + "/institutions/"
                                                + c.world().institutionB())
                                + "/code-limit",
                        Map.of("limit", "120")),
                "anon 303 303, admin 303 303, analyst 303 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/institutions/{institutionId}/codes",
                (own, c) -> form(
                        "/app/waves/"
                                + (own
                                        ? c.waveA() + "/institutions/"
                                                + c.world().institutionA()
                                        : c.waveB() + "/institutions/"
                                                + c.world().institutionB())
                                + "/codes",
                        Map.of("count", "2")),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));

        // --- wave management pages (issue 17)
        rules.add(new Rule(
                "POST /app/waves/{id}/close",
                (own, c) -> form("/app/waves/" + c.freshWave(own) + "/close", Map.of("confirm", "yes")),
                "anon 303 303, admin 303 303, analyst 303 404, board 303 404, lead 303 404",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/closing-date",
                (own, c) -> form(
                        "/app/waves/" + c.freshWave(own) + "/closing-date",
                        Map.of("closesOn", LocalDate.now().plusDays(20).toString())),
                "anon 303 303, admin 303 303, analyst 303 404, board 303 404, lead 303 404",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/institutions",
                (own, c) -> form(
                        "/app/waves/" + c.freshWave(own) + "/institutions",
                        Map.of("institutionId", String.valueOf(c.world().institutionA2()))),
                "anon 303 303, admin 303 400, analyst 303 404, board 303 404, lead 400 404",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/institutions/{institutionId}/remove",
                (own, c) -> form("/app/waves/" + c.twoSchoolWave(own) + "/institutions/"
                        + (own ? c.world().institutionA() : c.world().institutionB()) + "/remove"),
                "anon 303 303, admin 303 409, analyst 303 404, board 303 404, lead 404 404",
                false));

        // --- paper questionnaires (issue 19): whoever sees the school prints its forms and enters them
        rules.add(new Rule(
                "GET /app/waves/{id}/paper",
                (own, c) -> get("/app/waves/" + (own ? c.waveA() : c.waveB()) + "/paper"),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/paper/print",
                (own, c) -> form(
                        "/app/waves/" + (own ? c.waveA() : c.waveB()) + "/paper/print",
                        Map.of(
                                "institutionId",
                                String.valueOf(
                                        own
                                                ? c.world().institutionA()
                                                : c.world().institutionB()),
                                "count",
                                "1")),
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/paper/open",
                (own, c) -> {
                    var paper = c.paper(own);
                    return form("/app/waves/" + paper.wave() + "/paper/open", Map.of("code", paper.code()));
                },
                "anon 303 303, admin 200 200, analyst 200 404, board 200 404, lead 200 404",
                false));
        rules.add(new Rule(
                "POST /app/waves/{id}/paper/entry",
                (own, c) -> {
                    var paper = c.paper(own);
                    return form(
                            "/app/waves/" + paper.wave() + "/paper/entry", Map.of("code", paper.code(), "a1", "agree"));
                },
                // every form here also sends a field "unused", no question of the questionnaire: refused whole (400)
                // after the scope check, as a parent's page refuses it
                "anon 303 303, admin 400 400, analyst 400 404, board 400 404, lead 400 404",
                false));
        rules.add(new Rule(
                "POST /api/waves/{id}/paper-forms",
                (own, c) -> json(
                        "POST",
                        "/api/waves/" + (own ? c.waveA() : c.waveB()) + "/paper-forms",
                        Map.of(
                                "institutionId",
                                own ? c.world().institutionA() : c.world().institutionB(),
                                "count",
                                1)),
                "anon 401 401, admin 201 201, analyst 201 404, board 201 404, lead 201 404",
                false));
        rules.add(new Rule(
                "POST /api/waves/{id}/paper-forms/{code}/entry",
                (own, c) -> {
                    var paper = c.paper(own);
                    return json(
                            "POST",
                            "/api/waves/" + paper.wave() + "/paper-forms/" + paper.code() + "/entry",
                            Map.of("answers", Map.of("a1", "agree")));
                },
                "anon 401 401, admin 201 201, analyst 201 404, board 201 404, lead 201 404",
                false));

        // --- answering: public pages; without a response of one's own a page sends one to the start
        rules.add(new Rule(
                "GET /s/{slug}",
                (own, c) -> get("/s/" + c.slugA()),
                "anon 200, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "GET /k/{slug}",
                (own, c) -> get(c.channel(true).getString("link")),
                "anon 200, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /s/{slug}/start",
                (own, c) -> form("/s/" + c.slugA() + "/start"),
                "anon 303, admin 303, analyst 303, board 303, lead 303",
                false));
        rules.add(new Rule(
                "GET /s/{slug}/p/{page}",
                (own, c) -> get("/s/" + c.slugA() + "/p/about"),
                "anon 303, admin 303, analyst 303, board 303, lead 303",
                false));
        rules.add(new Rule(
                "POST /s/{slug}/p/{page}",
                (own, c) -> form("/s/" + c.slugA() + "/p/about"),
                "anon 303, admin 303, analyst 303, board 303, lead 303",
                false));
        rules.add(new Rule(
                "POST /s/{slug}/p/{page}/autosave",
                (own, c) -> form("/s/" + c.slugA() + "/p/about/autosave"),
                "anon 409, admin 409, analyst 409, board 409, lead 409",
                false));
        rules.add(new Rule(
                "GET /s/{slug}/thanks",
                (own, c) -> get("/s/" + c.slugA() + "/thanks"),
                "anon 200, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "GET /c", (own, c) -> get("/c"), "anon 200, admin 200, analyst 200, board 200, lead 200", false));
        rules.add(new Rule(
                "POST /c", (own, c) -> form("/c"), "anon 400, admin 400, analyst 400, board 400, lead 400", false));

        // --- pages; forms without a CSRF token are refused before anything else
        rules.add(new Rule(
                "GET /", (own, c) -> get("/"), "anon 200, admin 200, analyst 200, board 200, lead 200", false));
        rules.add(new Rule(
                "GET /toegankelijkheid",
                (own, c) -> get("/toegankelijkheid"),
                "anon 200, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "GET /login",
                (own, c) -> get("/login"),
                "anon 200, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /login",
                (own, c) -> form(
                        "/login",
                        Map.of(
                                "username",
                                unique("nobody").replace(' ', '-') + "@test.example",
                                "password",
                                "wrong-password-1")),
                "anon 401, admin 401, analyst 401, board 401, lead 401",
                false));
        rules.add(new Rule(
                "GET /login/code",
                (own, c) -> get("/login/code"),
                "anon 200, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /login/code",
                (own, c) -> form("/login/code", Map.of("code", "000000")),
                "anon 401, admin 401, analyst 401, board 401, lead 401",
                false));
        rules.add(new Rule(
                "POST /logout",
                (own, c) -> form("/logout"),
                "anon 303, admin 303, analyst 303, board 303, lead 303",
                true));
        rules.add(new Rule(
                "GET /app", (own, c) -> get("/app"), "anon 303, admin 200, analyst 200, board 200, lead 200", false));
        rules.add(new Rule(
                "GET /account/password",
                (own, c) -> get("/account/password"),
                "anon 303, admin 200, analyst 200, board 200, lead 200",
                false));
        rules.add(new Rule(
                "POST /account/password",
                (own, c) -> form("/account/password"),
                "anon 303, admin 400, analyst 400, board 400, lead 400",
                false));

        // --- imports from DUO's open data and of counts: administrators, and analysts for their own municipality.
        // The world's municipalities have no CBS code, so a school file is refused (400) once the caller may import.
        rules.add(new Rule(
                "POST /api/organisations/import",
                (own, c) -> json(
                        "POST",
                        "/api/organisations/import?dryRun=true",
                        importBody(own ? c.world().municipalityA() : c.world().municipalityB(), IMPORT_SCHOOLS)),
                "anon 401 401, admin 400 400, analyst 400 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /api/organisations/import/counts",
                (own, c) -> json(
                        "POST",
                        "/api/organisations/import/counts?dryRun=true",
                        importBody(own ? c.world().municipalityA() : c.world().municipalityB(), IMPORT_COUNTS)),
                "anon 401 401, admin 200 200, analyst 200 404, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "GET /app/admin/import",
                (own, c) -> get("/app/admin/import"),
                "anon 303, admin 200, analyst 200, board 403, lead 403",
                false));
        rules.add(new Rule(
                "GET /app/admin/import/template",
                (own, c) -> get("/app/admin/import/template"),
                "anon 303, admin 200, analyst 200, board 403, lead 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/import/organisations",
                (own, c) -> form(
                        "/app/admin/import/organisations",
                        Map.of(
                                "municipalityId",
                                Long.toString(
                                        own
                                                ? c.world().municipalityA()
                                                : c.world().municipalityB()),
                                "sector",
                                "primary",
                                MULTIPART_FILE,
                                IMPORT_SCHOOLS)),
                "anon 303 303, admin 400 400, analyst 400 400, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/import/counts",
                (own, c) -> form(
                        "/app/admin/import/counts",
                        Map.of(
                                "municipalityId",
                                Long.toString(
                                        own
                                                ? c.world().municipalityA()
                                                : c.world().municipalityB()),
                                MULTIPART_FILE,
                                IMPORT_COUNTS)),
                "anon 303 303, admin 200 200, analyst 200 400, board 403 403, lead 403 403",
                false));
        rules.add(new Rule(
                "POST /app/admin/import/{id}/confirm",
                (own, c) -> form("/app/admin/import/no-such-import/confirm"),
                "anon 303, admin 404, analyst 404, board 403, lead 403",
                false));
        return rules;
    }

    @Test
    void everyEndpointHasARule() throws Exception {
        TreeSet<String> declared =
                new TreeSet<>(rules().stream().map(Rule::endpoint).toList());
        assertEquals(declared.size(), rules().size(), "an endpoint has two rules");
        assertEquals(
                endpoints(),
                declared,
                "the endpoints in the code and the rules in this test differ: add a rule for every new endpoint");
    }

    @Test
    void everyRoleGetsExactlyTheStatusItsRuleSays() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules()) {
            Map<Who, int[]> expected = parse(rule.expected());
            for (Who who : Who.values()) {
                int[] statuses = expected.get(who);
                for (int i = 0; i < statuses.length; i++) {
                    boolean own = i == 0;
                    Call call = rule.call().apply(own, context);
                    int actual = send(who, call, rule.freshSession());
                    if (actual != statuses[i]) {
                        wrong.add(rule.endpoint() + " as " + who
                                + (statuses.length > 1 ? (own ? " (own)" : " (other)") : "") + ": expected "
                                + statuses[i] + " but got " + actual);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private int send(Who who, Call call, boolean freshSession) {
        RequestSpecification request = given().redirects().follow(false);
        if (who != Who.ANON) {
            request.cookie(SessionCookie.NAME, freshSession ? Accounts.login(usernames.get(who)) : sessions.get(who));
        }
        if (call.json() != null) {
            request.contentType(ContentType.JSON).body(call.json());
        } else if (call.form() && call.fields().containsKey(MULTIPART_FILE)) {
            String[] csrf = csrf(who == Who.ANON ? null : sessions.get(who));
            request.cookie(CSRF_COOKIE, csrf[0]).multiPart("csrf-token", csrf[1]);
            call.fields().forEach((name, value) -> {
                if (name.equals(MULTIPART_FILE)) {
                    request.multiPart(
                            name, "upload.csv", value.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
                } else {
                    request.multiPart(name, value);
                }
            });
        } else if (call.form()) {
            String[] csrf = csrf(who == Who.ANON ? null : sessions.get(who));
            request.contentType(ContentType.URLENC)
                    .cookie(CSRF_COOKIE, csrf[0])
                    .formParam("csrf-token", csrf[1])
                    .formParam("unused", "x");
            call.fields().forEach(request::formParam);
        }
        return request.request(call.method(), call.path()).statusCode();
    }

    static final String CSRF_COOKIE = "betrokken_csrf";

    /** The CSRF cookie and form token a page gives this session, read from the login form as a browser would. */
    private static String[] csrf(String session) {
        RequestSpecification page = given().redirects().follow(false);
        if (session != null) {
            page.cookie(SessionCookie.NAME, session);
        }
        var response = page.get("/login");
        String token = response.asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return new String[] {response.getCookie(CSRF_COOKIE), token};
    }

    /**
     * Inside one municipality: a second board with its own school, and a second school of the own
     * board. A board member sees nothing of the other board; a lead nothing of the other school,
     * neither by id nor in a list.
     */
    @Test
    void boardsAndSchoolsOfOneMunicipalityStayApart() {
        World world = context.world();
        Municipality municipality = new Municipality();
        municipality.id = world.municipalityA();
        Board otherBoard = fixtures.board(municipality, unique("Ander bestuur"));
        long otherBoardSchool =
                fixtures.institution(otherBoard, unique("School van het andere bestuur"), Sector.PRIMARY).id;
        long siblingSchool = world.institutionA2();
        long otherBoardWave = Waves.openNow(context.admin(), "parent-baseline", "link", otherBoardSchool)
                .getLong("id");
        long siblingWave = Waves.openNow(context.admin(), "parent-baseline", "link", siblingSchool)
                .getLong("id");

        Map<String, Integer> board = new LinkedHashMap<>();
        board.put("/api/organisations/boards/" + otherBoard.id, 404);
        board.put("/api/organisations/institutions/" + otherBoardSchool, 404);
        board.put("/api/waves/" + otherBoardWave, 404);
        board.put("/api/analysis/waves/" + otherBoardWave, 404);
        board.put("/monitor/boards/" + otherBoard.id, 404);
        board.put("/monitor/institutions/" + otherBoardSchool, 404);
        board.put("/app/waves/" + otherBoardWave, 404);
        board.put("/api/waves/" + siblingWave, 200);
        board.put("/monitor/institutions/" + siblingSchool, 200);
        Map<String, Integer> lead = new LinkedHashMap<>();
        lead.put("/api/organisations/institutions/" + siblingSchool, 404);
        lead.put("/api/waves/" + siblingWave, 404);
        lead.put("/api/analysis/waves/" + siblingWave, 404);
        lead.put("/monitor/institutions/" + siblingSchool, 404);
        lead.put("/app/waves/" + siblingWave, 404);
        lead.put("/api/exports/waves/" + siblingWave + "/aggregates.xlsx", 404);
        lead.put("/monitor/boards/" + world.boardA(), 403);
        List<String> wrong = new ArrayList<>();
        for (var entry : board.entrySet()) {
            int actual = Accounts.as(sessions.get(Who.BOARD))
                    .redirects()
                    .follow(false)
                    .get(entry.getKey())
                    .statusCode();
            if (actual != entry.getValue()) {
                wrong.add("board " + entry.getKey() + ": expected " + entry.getValue() + " but got " + actual);
            }
        }
        for (var entry : lead.entrySet()) {
            int actual = Accounts.as(sessions.get(Who.LEAD))
                    .redirects()
                    .follow(false)
                    .get(entry.getKey())
                    .statusCode();
            if (actual != entry.getValue()) {
                wrong.add("lead " + entry.getKey() + ": expected " + entry.getValue() + " but got " + actual);
            }
        }
        assertEquals(List.of(), wrong);

        List<Long> boardsSeen = Accounts.as(sessions.get(Who.BOARD))
                .get("/api/organisations/boards")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", Long.class);
        assertEquals(List.of(world.boardA()), boardsSeen, "a board member's list holds their board only");
        List<Long> schoolsSeen = Accounts.as(sessions.get(Who.LEAD))
                .get("/api/organisations/institutions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", Long.class);
        assertEquals(List.of(world.institutionA()), schoolsSeen, "a lead's list holds their school only");
        List<Long> wavesOfLead = Accounts.as(sessions.get(Who.LEAD))
                .get("/api/waves")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", Long.class);
        assertTrue(!wavesOfLead.contains(siblingWave) && !wavesOfLead.contains(otherBoardWave), wavesOfLead.toString());
        List<Long> wavesOfBoard = Accounts.as(sessions.get(Who.BOARD))
                .get("/api/waves")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", Long.class);
        assertTrue(
                wavesOfBoard.contains(siblingWave) && !wavesOfBoard.contains(otherBoardWave), wavesOfBoard.toString());
        String dashboard = Accounts.as(sessions.get(Who.BOARD))
                .get("/monitor/boards/" + world.boardA())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                !dashboard.contains("School van het andere bestuur"),
                "no school of the other board on the board's page");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedBeforeAnythingElse() {
        for (String path : List.of("/login", "/logout", "/lea/plans", "/app/waves/new", "/account/tokens", "/c")) {
            int status = given().redirects()
                    .follow(false)
                    .cookie(SessionCookie.NAME, sessions.get(Who.ANALYST))
                    .contentType(ContentType.URLENC)
                    .formParam("unused", "x")
                    .post(path)
                    .statusCode();
            assertEquals(400, status, path);
        }
    }

    private static Map<Who, int[]> parse(String expected) {
        Map<Who, int[]> result = new LinkedHashMap<>();
        for (String part : expected.split(",")) {
            String[] words = part.strip().split("\\s+");
            int[] statuses =
                    Stream.of(words).skip(1).mapToInt(Integer::parseInt).toArray();
            result.put(Who.valueOf(words[0].toUpperCase()), statuses);
        }
        assertEquals(Who.values().length, result.size(), "every rule names every role: " + expected);
        return result;
    }

    /** "METHOD /path" of every resource method in the compiled application. */
    static TreeSet<String> endpoints() throws IOException, ClassNotFoundException {
        return Endpoints.all().stream()
                .map(Endpoints.Endpoint::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
