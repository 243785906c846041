package nl.betrokken.testing;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Opening waves through the API, as a municipality would. */
public final class Waves {

    private Waves() {}

    /** Opens a wave and returns its JSON (institutions[0].link is the first institution's link). */
    public static JsonPath open(
            String session,
            String questionnaire,
            String access,
            LocalDate opens,
            LocalDate closes,
            long... institutionIds) {
        return Accounts.as(session)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Peiling " + questionnaire + " " + System.nanoTime(),
                        "questionnaireId",
                        questionnaire,
                        "opensOn",
                        opens.toString(),
                        "closesOn",
                        closes.toString(),
                        "access",
                        access,
                        "institutionIds",
                        Arrays.stream(institutionIds).boxed().toList()))
                .post("/api/waves")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    public static JsonPath openNow(String session, String questionnaire, String access, long... institutionIds) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        return open(session, questionnaire, access, today.minusDays(1), today.plusDays(30), institutionIds);
    }

    @SuppressWarnings("unchecked")
    public static List<String> codes(String session, long wave, long institution, int count) {
        return Accounts.as(session)
                .contentType(ContentType.JSON)
                .body(Map.of("count", count))
                .post("/api/waves/" + wave + "/institutions/" + institution + "/codes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("codes");
    }
}
