package nl.betrokken.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The operational surface: migrations, health, OpenAPI, the home page. */
@QuarkusTest
class PlatformTest {

    @Inject
    DataSource dataSource;

    @Test
    void flywayHasAppliedTheMigrations() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            Assertions.assertTrue(rows.next(), "no migration recorded");
            Assertions.assertEquals("1", rows.getString("version"));
            Assertions.assertTrue(rows.getBoolean("success"));
        }
    }

    @Test
    void theSchemaRefusesNegativeCountsEvenWithoutTheApi() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("insert into municipality (name) values ('Schema Check')");
            s.execute(
                    "insert into board (municipality_id, name) select id, 'B' from municipality where name = 'Schema Check'");
            SQLException refused = Assertions.assertThrows(
                    SQLException.class,
                    () -> s.execute("insert into institution (board_id, name, sector, parent_count) "
                            + "select id, 'I', 'PRIMARY', -1 from board where name = 'B'"));
            Assertions.assertEquals("23514", refused.getSQLState(), "expected a check violation");
        }
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesTheApiDescription() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.keySet()", hasItem("/api/organisations/institutions/{id}"))
                .body("info.title", equalTo("Betrokken API"));
    }

    @Test
    void servesAHomePage() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\""))
                .body(containsString("/q/swagger-ui"));
    }
}
