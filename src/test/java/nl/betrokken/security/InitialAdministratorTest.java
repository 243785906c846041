package nl.betrokken.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A production database starts without demo users; the first administrator comes from configuration. */
@QuarkusTest
@TestProfile(InitialAdministratorTest.Production.class)
class InitialAdministratorTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "betrokken.demo.enabled",
                    "false",
                    "betrokken.security.initial-administrator.username",
                    "Eerste.Beheerder@Gemeente.example",
                    "betrokken.security.initial-administrator.password",
                    "eerste-wachtwoord-2026");
        }
    }

    @Test
    void theConfiguredAdministratorCanLogInAndMustChooseANewPassword() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "beheer@rijnstede.example", "password", "demo-wachtwoord"))
                .post("/api/session")
                .then()
                .statusCode(401);
        String session = given().contentType(ContentType.JSON)
                .body(Map.of("username", "eerste.beheerder@gemeente.example", "password", "eerste-wachtwoord-2026"))
                .post("/api/session")
                .then()
                .statusCode(200)
                .body("role", equalTo("administrator"))
                .body("mustChangePassword", equalTo(true))
                .extract()
                .cookie(SessionCookie.NAME);
        given().cookie(SessionCookie.NAME, session)
                .get("/api/users")
                .then()
                .statusCode(403)
                .body("title", equalTo("Password change required"));
    }
}
