package nl.betrokken.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import nl.betrokken.testing.StreamingStandby;
import nl.betrokken.testing.TestDatabases;
import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.ParentVisit;
import nl.betrokken.testing.http.Respondents;
import nl.betrokken.testing.http.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The package with BETROKKEN_READ_DATASOURCE_URL on a real streaming replica: a hot standby of the primary, fed by its
 * WAL. The standby's replay is paused to tell the two apart: what the dashboard shows then is the standby's.
 */
class ReadReplicaIT {

    private static final String RENAMED = "Rijnstede (hernoemd op de primaire database)";

    @Test
    void dashboardsReadFromTheReplicaAnswersGoToThePrimaryAndParentsKeepAnsweringWithoutIt() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-replica-");
        try (StreamingStandby databases = StreamingStandby.start()) {
            Map<String, String> environment =
                    new HashMap<>(TestDatabases.externalDatabase(databases.primary(), "production"));
            environment.put(
                    "BETROKKEN_READ_DATASOURCE_URL",
                    databases.standby().getJdbcUrl("postgres", "production").replaceAll("\\?.*", ""));
            // the local profile writes the demo municipality, whose dashboards have figures to show
            environment.put("QUARKUS_PROFILE", "local");
            // every dashboard read from a database, not from the view memory: the database it came from is what is
            // tested
            environment.put("BETROKKEN_MONITOR_VIEW_MEMORY", "0s");
            try (ApplicationProcess app =
                            ApplicationProcess.start(home, environment).awaitReady(Duration.ofSeconds(180));
                    Connection primary = databases
                            .primary()
                            .getDatabase("postgres", "production")
                            .getConnection();
                    Connection standby = databases
                            .standby()
                            .getDatabase("postgres", "production")
                            .getConnection()) {
                assertTrue(app.output().contains("Read-only work reads from the replica"), app.output());
                long municipality = single(primary, "select id from municipality where name = 'Gemeente Rijnstede'");
                String dashboard = "/monitor/municipalities/" + municipality;
                WebClient analyst = new WebClient("http://localhost:" + app.port(), new Latencies())
                        .login("beheer@rijnstede.example", "demo-wachtwoord");
                databases.awaitCaughtUp(Duration.ofSeconds(30));
                assertEquals(200, analyst.get(dashboard).status());
                assertTrue(
                        single(
                                        standby,
                                        "select count(*) from pg_stat_activity where application_name = 'betrokken-read'")
                                > 0,
                        "the service holds connections to the standby");

                databases.pauseReplay();
                try (Statement s = primary.createStatement()) {
                    s.executeUpdate("update municipality set name = '" + RENAMED + "' where id = " + municipality);
                }
                WebClient.Page paused = analyst.get(dashboard);
                assertEquals(200, paused.status());
                assertTrue(paused.body().contains("Monitor ouderbetrokkenheid: Gemeente Rijnstede<"), paused.body());
                assertFalse(paused.body().contains(RENAMED), "the dashboard is read from the paused standby");

                long sentBefore = Respondents.sentResponses(primary);
                assertTrue(sentBefore > 1000, "the demo's answers were written after ready: " + sentBefore);
                long standbyBefore = Respondents.sentResponses(standby);
                WebClient parent = new WebClient("http://localhost:" + app.port(), new Latencies());
                ParentVisit.complete(parent, Respondents.demoLinks(primary).get(0), new Random(21));
                assertEquals(sentBefore + 1, Respondents.sentResponses(primary), "the answers went to the primary");
                assertEquals(standbyBefore, Respondents.sentResponses(standby), "the paused standby has not seen them");

                databases.resumeReplay();
                databases.awaitCaughtUp(Duration.ofSeconds(30));
                assertTrue(analyst.get(dashboard).body().contains(RENAMED), "replayed, the standby shows the new name");
                assertEquals(
                        sentBefore + 1,
                        eventually(() -> Respondents.sentResponses(standby), sentBefore + 1),
                        "replayed, the standby has the parent's answers too");

                standby.close();
                databases.stopStandby();
                // pooled connections to the replica are checked after 2 s idle, then the primary takes over
                Thread.sleep(2_500);
                WebClient other = new WebClient("http://localhost:" + app.port(), new Latencies());
                ParentVisit.complete(other, Respondents.demoLinks(primary).get(1), new Random(22));
                assertEquals(sentBefore + 2, Respondents.sentResponses(primary), "parents answer without the replica");
                WebClient.Page withoutReplica = analyst.get(dashboard);
                assertEquals(200, withoutReplica.status(), "and dashboards read from the primary");
                assertTrue(withoutReplica.body().contains(RENAMED));
                assertTrue(
                        app.output().contains("The read replica gives no connection"),
                        "the log says the replica is away: " + app.output());
                app.stop();
            }
        }
    }

    interface Count {
        long read() throws SQLException;
    }

    /**
     * The count once it reaches what is expected, or as it is after 10 s. Read once right after the standby caught up,
     * it was one response short in one run of four here (2026-12-04); why is not known yet, so this waits rather than
     * reads once, and still fails if the answers never arrive.
     */
    private static long eventually(Count count, long expected) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long seen = count.read();
        while (seen != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = count.read();
        }
        return seen;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
