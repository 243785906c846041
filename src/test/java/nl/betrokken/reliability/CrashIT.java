package nl.betrokken.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.betrokken.packaged.ApplicationProcess;
import nl.betrokken.testing.http.Respondents;
import org.junit.jupiter.api.Test;

/**
 * A parent who saw "thank you" is counted, whatever happens next: the service is killed with
 * SIGKILL while parents are sending responses, and started again on the same data.
 */
class CrashIT {

    private static final int PARENTS = 12;

    @Test
    void everyThankedResponseSurvivesAKillAndIsCountedOnce() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-crash-");
        Respondents respondents;
        long sentBefore;
        try (ApplicationProcess app = ApplicationProcess.start(home, Map.of()).awaitReady(Duration.ofSeconds(180))) {
            try (Connection db = app.database()) {
                sentBefore = Respondents.sentResponses(db);
                respondents = new Respondents(List.of("http://localhost:" + app.port()), Respondents.demoLinks(db));
            }
            Respondents.Running running = respondents.start(PARENTS, Duration.ofMinutes(2), 0);
            Thread.sleep(8_000);
            app.kill();
            running.stop();
            running.await(Duration.ofSeconds(90));
        }
        assertTrue(
                respondents.thanked().size() > 20,
                "parents were answering when the service died: "
                        + respondents.thanked().size());

        try (ApplicationProcess app = ApplicationProcess.start(home, Map.of()).awaitReady(Duration.ofSeconds(180));
                Connection db = app.database()) {
            long stored = respondents.storedAsSent(db);
            long sentAfter = Respondents.sentResponses(db);
            System.out.printf(
                    "[reliability] crash: %d responses thanked before SIGKILL, %d of them stored as sent; "
                            + "%d sent responses added in all (at most %d were in flight)%n",
                    respondents.thanked().size(), stored, sentAfter - sentBefore, PARENTS);
            assertEquals(respondents.thanked().size(), stored, "every thanked response is stored, once");
            assertTrue(
                    sentAfter - sentBefore >= stored && sentAfter - sentBefore <= stored + PARENTS,
                    "beyond the thanked ones, only responses in flight at the kill may have been stored: "
                            + (sentAfter - sentBefore));

            Respondents.awaitCounted(db, Duration.ofSeconds(60));
            List<String> kept = Respondents.aggregates(db);
            String[] admin = app.login("beheer@rijnstede.example", "demo-wachtwoord");
            var rebuilt = app.sendJson("POST", "/api/analysis/rebuild", "", admin);
            assertEquals(200, rebuilt.statusCode(), rebuilt.body());
            assertTrue(
                    rebuilt.body().contains("\"counted\":" + sentAfter),
                    "the rebuild counted every sent response: " + rebuilt.body());
            assertEquals(
                    kept,
                    Respondents.aggregates(db),
                    "the aggregates kept through the crash equal a rebuild from the raw responses");
            app.stop();
        }
    }
}
