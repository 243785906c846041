package nl.betrokken.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.packaged.ApplicationProcess;
import nl.betrokken.testing.TestDatabases;
import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.Respondents;
import nl.betrokken.testing.http.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one database, as the Kubernetes manifests run them, behind a balancer without
 * sticky sessions: every request of a parent or an analyst may land on either. Nothing a request
 * needs may live in one replica's memory: resume state, CSRF tokens, logins and the login throttle.
 */
class TwoReplicasIT {

    @Test
    void parentsAndAnalystsCanGoBackAndForthBetweenTwoReplicas() throws Exception {
        try (EmbeddedPostgres database = TestDatabases.start()) {
            Map<String, String> environment = new HashMap<>(TestDatabases.externalDatabase(database, "betrokken"));
            environment.put("BETROKKEN_DEMO_ENABLED", "true");
            Path target = Path.of("target").toAbsolutePath();
            try (ApplicationProcess first = ApplicationProcess.start(
                                    Files.createTempDirectory(target, "it-replica-a-"), environment)
                            .awaitReady(Duration.ofSeconds(180));
                    ApplicationProcess second = ApplicationProcess.start(
                                    Files.createTempDirectory(target, "it-replica-b-"), environment)
                            .awaitReady(Duration.ofSeconds(180));
                    Connection db =
                            database.getDatabase("postgres", "betrokken").getConnection()) {
                List<String> both = List.of("http://localhost:" + first.port(), "http://localhost:" + second.port());

                Respondents respondents = new Respondents(both, Respondents.demoLinks(db));
                Respondents.Running running = respondents.start(6, Duration.ofSeconds(15), 0);
                running.await(Duration.ofMinutes(2));
                System.out.printf(
                        "[reliability] two replicas: %d responses completed with every request alternating, %d errors%n",
                        respondents.thanked().size(), respondents.failed());
                assertEquals(0, respondents.failed(), "no errors: " + respondents.failures());
                assertTrue(
                        respondents.thanked().size() >= 12,
                        "parents completed responses: " + respondents.thanked().size());
                assertEquals(respondents.thanked().size(), respondents.storedAsSent(db), "every one stored as sent");

                WebClient analyst =
                        new WebClient(both, new Latencies()).login("gemeente@rijnstede.example", "demo-wachtwoord");
                for (int i = 0; i < 4; i++) {
                    assertEquals(
                            200, analyst.get("/api/me").status(), "the session from one replica is known to the other");
                }

                List<Integer> statuses = new ArrayList<>();
                WebClient guesser = new WebClient(both, new Latencies());
                for (int i = 0; i < 6; i++) {
                    statuses.add(guesser.tryLogin("bestuur@rijnstede.example", "fout-" + i)
                            .status());
                }
                assertEquals(List.of(401, 401, 401, 401), statuses.subList(0, 4), statuses.toString());
                assertEquals(
                        429,
                        statuses.get(5),
                        "the failed-login count is shared: after three free tries and one that"
                                + " sets a wait, a try is refused whichever replica gets it: " + statuses);
                first.stop();
                second.stop();
            }
        }
    }
}
