package nl.betrokken.analysis;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.Test;

/**
 * The parents' needs inventory, counted on paper. Its indicators are the first on multiple-choice
 * questions, so this is also the test of counting "any of these options" for a multiple choice.
 *
 * <pre>
 * 6 parents  channels                      barriers
 *   2        conversation                  none
 *   1        trusted-person, email         language, work-time
 *   2        email                         none
 *   1        (not answered)                (not answered)
 * wants-conversation: 3 of the 5 who answered (0.6); language-barrier: 1 of 5 (0.2);
 * "Via e-mail" chosen by 3 of 5 (60 %), "In een gesprek op school" by 2 of 5 (40 %)
 * </pre>
 */
@QuarkusTest
class ParentsNeedsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    @Test
    void multipleChoiceIndicatorsCountAnyOfTheirOptions() {
        var world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        var wave = Waves.openNow(analyst, "parents-needs", "link", world.institutionA());
        String link = wave.getString("institutions[0].link");
        responses.add(link, Map.of("channels", List.of("conversation"), "barriers", List.of("none")), 2);
        responses.add(
                link,
                Map.of("channels", List.of("trusted-person", "email"), "barriers", List.of("language", "work-time")));
        responses.add(link, Map.of("channels", List.of("email"), "barriers", List.of("none")), 2);
        responses.add(link, Map.of("think-along", "maybe"));
        figures.publish();

        long id = wave.getLong("id");
        Accounts.as(analyst)
                .get("/api/analysis/waves/" + id)
                .then()
                .statusCode(200)
                .body("respondents", equalTo(6))
                .body("indicators.find { it.id == 'wants-conversation' }.overall.positive", equalTo(3))
                .body("indicators.find { it.id == 'wants-conversation' }.overall.answered", equalTo(5))
                .body("indicators.find { it.id == 'wants-conversation' }.overall.share", closeTo(0.6, 1e-9))
                .body("indicators.find { it.id == 'language-barrier' }.overall.positive", equalTo(1))
                .body("indicators.find { it.id == 'language-barrier' }.overall.answered", equalTo(5))
                .body("indicators.find { it.id == 'any-barrier' }.overall.positive", equalTo(1));
        Accounts.as(analyst)
                .get("/monitor/municipalities/" + world.municipalityA() + "?wave=" + id)
                .then()
                .statusCode(200)
                .body(containsString("Keuzevragen"))
                .body(containsString("Via e-mail 60 %"))
                .body(containsString("In een gesprek op school 40 %"));
    }
}
