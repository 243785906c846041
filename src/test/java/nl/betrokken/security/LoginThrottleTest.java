package nl.betrokken.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import nl.betrokken.testing.Accounts;

/** Password guessing is slowed down per username and per client, without telling who exists. */
@QuarkusTest
@TestProfile(LoginThrottleTest.ProductionLimits.class)
class LoginThrottleTest {

    public static class ProductionLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("betrokken.security.max-failures-per-username", "5",
                    "betrokken.security.max-failures-per-client", "20");
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    @AfterEach
    void forgetFailures() throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("delete from login_throttle");
        }
    }

    private static int attempt(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/session").statusCode();
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameEvenForTheRightOne() {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        String unknown = "nobody-" + UUID.randomUUID() + "@test.example";
        List<Integer> existing = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            existing.add(attempt(username, "wrong-" + i));
            missing.add(attempt(unknown, "wrong-" + i));
        }
        assertEquals(List.of(401, 401, 401, 401, 401, 429), existing);
        assertEquals(existing, missing, "an unknown username is throttled exactly like a known one");
        assertEquals(429, attempt(username, Accounts.PASSWORD), "the right password does not help while locked");
    }

    @Test
    void oneClientTryingManyUsernamesIsStoppedToo() {
        for (int i = 0; i < 20; i++) {
            assertEquals(401, attempt("guess-" + i + "-" + UUID.randomUUID() + "@test.example", "password-" + i));
        }
        String fresh = accounts.create(Role.ADMINISTRATOR, null);
        assertEquals(429, attempt(fresh, Accounts.PASSWORD), "this client has used up its tries");
    }

    @Test
    void aSuccessfulLoginClearsTheUsernameCount() {
        String username = accounts.create(Role.ADMINISTRATOR, null);
        for (int i = 0; i < 4; i++) {
            assertEquals(401, attempt(username, "wrong-" + i));
        }
        assertEquals(200, attempt(username, Accounts.PASSWORD));
        for (int i = 0; i < 4; i++) {
            assertEquals(401, attempt(username, "wrong-again-" + i));
        }
        assertEquals(200, attempt(username, Accounts.PASSWORD));
    }
}
