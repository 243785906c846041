package nl.betrokken.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import nl.betrokken.security.Passwords;
import nl.betrokken.security.Role;
import nl.betrokken.security.SessionCookie;
import nl.betrokken.security.UserAccount;

/** Test users in any role and scope, and logged-in requests for them. */
@ApplicationScoped
public class Accounts {

    public static final String PASSWORD = "test-password-123";
    private static final String HASH = Passwords.hash(PASSWORD);

    /** A new active user; the organisation id is the one the role is bound to (null for an administrator). */
    @Transactional
    public String create(Role role, Long organisationId) {
        UserAccount account = new UserAccount();
        account.username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        account.displayName = "Test " + role.code();
        account.role = role;
        account.passwordHash = HASH;
        switch (role) {
            case MUNICIPALITY_ANALYST -> account.municipalityId = organisationId;
            case BOARD_MEMBER -> account.boardId = organisationId;
            case INSTITUTION_LEAD -> account.institutionId = organisationId;
            default -> {}
        }
        account.persist();
        return account.username;
    }

    /** Logs in through the API and returns the session token. */
    public static String login(String username) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD))
                .post("/api/session")
                .then()
                .statusCode(200)
                .extract()
                .cookie(SessionCookie.NAME);
    }

    public String session(Role role, Long organisationId) {
        return login(create(role, organisationId));
    }

    /** A request of this session, as JSON unless the test says otherwise (the API takes unsafe requests only as JSON). */
    public static RequestSpecification as(String sessionToken) {
        return given().cookie(SessionCookie.NAME, sessionToken).contentType(ContentType.JSON);
    }
}
