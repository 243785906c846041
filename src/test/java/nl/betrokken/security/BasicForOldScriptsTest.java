package nl.betrokken.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import nl.betrokken.testing.Accounts;
import org.junit.jupiter.api.Test;

/** With the setting for old scripts on, HTTP Basic works on the API only, never answers with a challenge, and never for an account with a second factor. */
@QuarkusTest
@TestProfile(BasicForOldScriptsTest.BasicOn.class)
class BasicForOldScriptsTest {

    public static class BasicOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("betrokken.security.api-basic-auth", "true");
        }
    }

    @Inject
    Accounts accounts;

    @Test
    void basicWorksOnTheApiOnly() {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        given().auth()
                .preemptive()
                .basic(username, Accounts.PASSWORD)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(username))
                .body("role", equalTo("administrator"));
        given().auth()
                .preemptive()
                .basic(username, "wrong-password")
                .get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", nullValue());
        given().redirects()
                .follow(false)
                .auth()
                .preemptive()
                .basic(username, Accounts.PASSWORD)
                .get("/app")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void notForAnAccountWithASecondFactor() {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        String session = Accounts.login(username);
        String secret = Accounts.as(session)
                .post("/api/me/two-factor")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        Accounts.as(session)
                .body(Map.of(
                        "code",
                        Totp.code(Base32.decode(secret), Totp.step(Instant.now().getEpochSecond()))))
                .post("/api/me/two-factor/confirm")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic(username, Accounts.PASSWORD)
                .get("/api/me")
                .then()
                .statusCode(401);
    }
}
