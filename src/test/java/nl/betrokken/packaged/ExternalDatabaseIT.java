package nl.betrokken.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.betrokken.security.Base32;
import nl.betrokken.security.Totp;
import nl.betrokken.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** With QUARKUS_DATASOURCE_* set, the same package runs on that database and starts none of its own. */
class ExternalDatabaseIT {

    @Test
    void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-external-");
        try (EmbeddedPostgres external = TestDatabases.start()) {
            Map<String, String> environment = new HashMap<>(TestDatabases.externalDatabase(external, "production"));
            environment.put("BETROKKEN_SECURITY_INITIAL_ADMINISTRATOR_USERNAME", "eerste@gemeente.example");
            environment.put("BETROKKEN_SECURITY_INITIAL_ADMINISTRATOR_PASSWORD", "tijdelijk-voor-de-start");
            try (ApplicationProcess app =
                    ApplicationProcess.start(home, environment).awaitReady(Duration.ofSeconds(120))) {
                String[] first = app.login("eerste@gemeente.example", "tijdelijk-voor-de-start");
                assertEquals(
                        403, app.get("/api/organisations", first).statusCode(), "the first password must be changed");
                assertEquals(
                        204,
                        app.sendJson(
                                        "PUT",
                                        "/api/me/password",
                                        "{\"currentPassword\":\"tijdelijk-voor-de-start\","
                                                + "\"newPassword\":\"een-eigen-wachtwoord\"}",
                                        first)
                                .statusCode());
                String[] admin = app.login("eerste@gemeente.example", "een-eigen-wachtwoord");
                assertEquals(
                        403,
                        app.get("/api/organisations", admin).statusCode(),
                        "an administrator needs a second factor");
                enrolSecondFactor(app, admin);
                assertEquals(
                        201,
                        app.sendJson(
                                        "POST",
                                        "/api/organisations/municipalities",
                                        "{\"name\":\"Gemeente Extern\"}",
                                        admin)
                                .statusCode());
                String municipalities =
                        app.get("/api/organisations/municipalities", admin).body();
                assertTrue(municipalities.contains("Gemeente Extern"), municipalities);
                assertFalse(municipalities.contains("Rijnstede"), "the prod profile creates no demo data");
                assertFalse(app.output().contains("Embedded PostgreSQL is running"), app.output());
                assertEquals(404, app.get("/q/swagger-ui/").statusCode(), "no Swagger UI in production");
                assertEquals(200, app.get("/q/openapi").statusCode(), "the API is still described");
                app.stop();
            }
            try (Connection c = external.getDatabase("postgres", "production").getConnection();
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select name from municipality")) {
                assertTrue(rows.next(), "the row was written to the external database");
                assertEquals("Gemeente Extern", rows.getString(1));
            }
        }
        assertFalse(Files.exists(home.resolve("data")), "no embedded database files were created");
    }

    /** Sets up the authenticator app as the administrator would, computing its code. */
    private static void enrolSecondFactor(ApplicationProcess app, String[] session) throws Exception {
        String body = app.sendJson("POST", "/api/me/two-factor", "", session).body();
        String secret = body.replaceAll("(?s).*\"secret\":\"([A-Z2-7]+)\".*", "$1");
        String code = Totp.code(Base32.decode(secret), Totp.step(Instant.now().getEpochSecond()));
        var confirmed = app.sendJson("POST", "/api/me/two-factor/confirm", "{\"code\":\"" + code + "\"}", session);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
    }

    @Test
    void productionDoesNotStartWithoutThePublicAddress() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-no-url-");
        try (EmbeddedPostgres external = TestDatabases.start()) {
            Map<String, String> environment = new HashMap<>(TestDatabases.externalDatabase(external, "production"));
            environment.remove("BETROKKEN_PUBLIC_URL");
            try (ApplicationProcess app = ApplicationProcess.start(home, environment)) {
                int exit = app.awaitExit(Duration.ofSeconds(120));
                assertTrue(exit != 0, "refuses to start");
                assertTrue(
                        app.output().contains("betrokken.public-url is not set: set BETROKKEN_PUBLIC_URL"),
                        app.output());
            }
        }
    }
}
