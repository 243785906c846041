package nl.betrokken.demo;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.DemoProfile;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoDataTest {

    @Inject
    DemoData demo;

    @Inject
    Accounts accounts;

    private RequestSpecification admin() {
        return Accounts.as(accounts.session(Role.ADMINISTRATOR, null));
    }

    @Test
    void anEmptyDatabaseGetsTheDemoMunicipalityOnce() {
        admin().get("/api/organisations")
                .then()
                .statusCode(200)
                .body("municipalities", hasSize(1))
                .body("municipalities[0].name", equalTo("Gemeente Rijnstede"))
                .body("municipalities[0].boards", hasSize(2))
                .body("municipalities[0].boards.institutions.flatten()", hasSize(7))
                .body(
                        "municipalities[0].boards.institutions.flatten().sector.unique()",
                        containsInAnyOrder("preschool", "primary", "secondary", "vocational"));

        Assertions.assertFalse(demo.createIfEmpty(), "a second run must not add anything");
        admin().get("/api/organisations")
                .then()
                .body("municipalities", hasSize(1))
                .body("municipalities[0].boards.institutions.flatten()", hasSize(7));
    }

    @Test
    void whileTheDemosAnswersAreWrittenPagesSaySoAndTheServiceIsNotYetWell() {
        String notice = "De demo wordt nog gevuld met antwoorden";
        DemoProgress.preparing(true);
        try {
            Assertions.assertTrue(admin().get("/app").asString().contains(notice));
            RestAssured.get("/q/health/ready").then().statusCode(200);
            RestAssured.get("/q/health/well").then().statusCode(503);
        } finally {
            DemoProgress.preparing(false);
        }
        Assertions.assertFalse(admin().get("/app").asString().contains(notice));
        RestAssured.get("/q/health/well").then().statusCode(200);
    }

    @Test
    void thereIsOneDemoUserPerRoleSeeingOnlyTheirScope() {
        record Demo(String username, String role, int institutions) {}
        for (Demo demoUser : List.of(
                new Demo("beheer@rijnstede.example", "administrator", 7),
                new Demo("gemeente@rijnstede.example", "municipality-analyst", 7),
                new Demo("bestuur@rijnstede.example", "board-member", 5),
                new Demo("school@rijnstede.example", "institution-lead", 1))) {
            String session = RestAssured.given()
                    .contentType(ContentType.JSON)
                    .body(Map.of("username", demoUser.username(), "password", DemoData.PASSWORD))
                    .post("/api/session")
                    .then()
                    .statusCode(200)
                    .body("role", equalTo(demoUser.role()))
                    .body("mustChangePassword", equalTo(false))
                    .extract()
                    .cookie("betrokken_session");
            Accounts.as(session)
                    .get("/api/organisations/institutions")
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(demoUser.institutions()));
        }
        Assertions.assertFalse(demo.createUsersIfNone(), "demo users are created once");
    }

    @Test
    void oneDemoSchoolIsSmallerThanThePrivacyThreshold() {
        admin().queryParam("sector", "primary")
                .get("/api/organisations/institutions")
                .then()
                .body("findAll { it.parentCount < 25 }", hasSize(1));
    }
}
