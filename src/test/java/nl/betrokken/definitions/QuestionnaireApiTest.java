package nl.betrokken.definitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionnaireApiTest {

    @Test
    void listsTheLoadedQuestionnaires() {
        given().get("/api/questionnaires")
                .then()
                .statusCode(200)
                .body(
                        "id",
                        hasItems(
                                "parent-baseline",
                                "school-typology-parents",
                                "school-typology-staff",
                                "institution-baseline",
                                "lea-screening"))
                .body("find { it.id == 'parent-baseline' }.audience", equalTo("parent"))
                .body("find { it.id == 'parent-baseline' }.languages", hasItems("nl", "en", "ar", "tr", "pl"))
                .body("find { it.id == 'parent-baseline' }.awaitingReview", hasItems("ar", "tr", "pl"))
                .body("find { it.id == 'parent-baseline' }.version", equalTo(2))
                .body("find { it.id == 'parent-baseline' }.versions", equalTo(List.of(2)));
    }

    @Test
    void returnsOneQuestionnaireInTheChosenLanguage() {
        given().queryParam("lang", "ar")
                .get("/api/questionnaires/parent-baseline")
                .then()
                .statusCode(200)
                .body("language", equalTo("ar"))
                .body("rightToLeft", equalTo(true))
                .body("pages[0].items.find { it.id == 'sector' }.type", equalTo("single-choice"))
                .body(
                        "pages[0].items.find { it.id == 'sector' }.options.id",
                        hasItems("preschool", "primary", "secondary", "vocational"))
                .body("indicators.id", hasItem("satisfied-relationship"));

        String dutch = given().get("/api/questionnaires/parent-baseline")
                .then()
                .statusCode(200)
                .body("language", equalTo("nl"))
                .body("rightToLeft", equalTo(false))
                .extract()
                .path("title");
        given().queryParam("lang", "en")
                .get("/api/questionnaires/parent-baseline")
                .then()
                .body("title", not(equalTo(dutch)));
    }

    @Test
    void showsYesNoLabelsModesAndTagsOfTheTypologyList() {
        given().queryParam("lang", "tr")
                .get("/api/questionnaires/school-typology-parents")
                .then()
                .statusCode(200)
                .body("modes.id", equalTo(List.of("current", "desired")))
                .body(
                        "pages.items.flatten().find { it.type == 'yes-no' }.options.label",
                        equalTo(List.of("Evet", "Hayır")))
                .body("tags.find { it.id == 'school-type' }.ordered", equalTo(true))
                .body("typology.dimension", equalTo("school-type"))
                .body("typology.reachedAt", notNullValue());
    }

    @Test
    void refusesALanguageTheQuestionnaireDoesNotOffer() {
        given().queryParam("lang", "ar")
                .get("/api/questionnaires/lea-screening")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lang"))
                .body("errors[0].message", equalTo("'ar' is not offered; choose one of nl, en"));
    }

    @Test
    void answersUnknownQuestionnairesAndVersionsWith404() {
        given().get("/api/questionnaires/no-such-list")
                .then()
                .statusCode(404)
                .body("detail", equalTo("There is no questionnaire with id no-such-list."));
        given().queryParam("version", 99)
                .get("/api/questionnaires/parent-baseline")
                .then()
                .statusCode(404);
    }
}
