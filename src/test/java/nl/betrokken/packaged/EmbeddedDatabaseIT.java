package nl.betrokken.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The run command's promises, on the packaged application: it starts its own PostgreSQL, keeps the
 * data across restarts, stops the database when it stops, and recovers by itself after a kill -9.
 */
class EmbeddedDatabaseIT {

    private static final Duration START = Duration.ofSeconds(120);
    /** Logs in as the demo administrator the local profile creates (README.md lists the demo users). */
    private static String[] admin(ApplicationProcess app) throws Exception {
        return app.login("beheer@rijnstede.example", "demo-wachtwoord");
    }

    private static Path workingDirectory(String name) throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        return Files.createTempDirectory(target, name + "-");
    }

    @Test
    void keepsDataAcrossRestartsStopsWithTheAppAndRecoversFromKill9() throws Exception {
        Path home = workingDirectory("it-embedded");
        Path data = home.resolve("data/pg");

        long firstPostmaster;
        try (ApplicationProcess app = ApplicationProcess.start(home, Map.of()).awaitReady(START)) {
            assertTrue(
                    app.get("/api/organisations", admin(app)).body().contains("Gemeente Rijnstede"),
                    "the local profile fills an empty database with the demo municipality");
            assertEquals(
                    201,
                    app.sendJson(
                                    "POST",
                                    "/api/organisations/municipalities",
                                    "{\"name\":\"Gemeente Blijvend\"}",
                                    admin(app))
                            .statusCode());
            assertDurableServerSettings(data);
            firstPostmaster = postmasterPid(data);
            int exit = app.stop();
            assertTrue(exit == 0 || exit == 143, "a clean stop on SIGTERM, not " + exit + ":\n" + app.output());
        }
        assertTrue(
                goneWithin(firstPostmaster, Duration.ofSeconds(10)), "PostgreSQL must stop when the application stops");
        assertFalse(Files.exists(data.resolve("postmaster.pid")));
        assertTrue(Files.exists(home.resolve("data/pg-server.log")), "PostgreSQL's own log is kept in a file");

        long orphan;
        try (ApplicationProcess app = ApplicationProcess.start(home, Map.of()).awaitReady(START)) {
            assertTrue(
                    app.get("/api/organisations/municipalities", admin(app))
                            .body()
                            .contains("Gemeente Blijvend"),
                    "data written before a clean stop is there after the restart");
            orphan = postmasterPid(data);
            app.kill();
        }
        assertTrue(
                ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                "after kill -9 the postmaster outlives the JVM; this is the case the next start must handle");

        try (ApplicationProcess app = ApplicationProcess.start(home, Map.of()).awaitReady(START)) {
            assertTrue(app.output().contains("still running (pid " + orphan + ")"), app.output());
            assertTrue(goneWithin(orphan, Duration.ofSeconds(10)), "the orphaned postmaster was stopped");
            String municipalities =
                    app.get("/api/organisations/municipalities", admin(app)).body();
            assertTrue(municipalities.contains("Gemeente Blijvend"), municipalities);
            assertEquals(
                    1, municipalities.split("Gemeente Rijnstede", -1).length - 1, "demo data is created only once");
            app.stop();
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataIsRefusedWithoutHarmingTheFirst() throws Exception {
        Path home = workingDirectory("it-twice");
        try (ApplicationProcess first = ApplicationProcess.start(home, Map.of()).awaitReady(START)) {
            ApplicationProcess second = ApplicationProcess.start(home, Map.of());
            assertEquals(1, second.awaitExit(Duration.ofSeconds(60)), second.output());
            assertTrue(
                    second.output().contains("Another Betrokken is already running on the database in"),
                    second.output());
            assertEquals(200, first.get("/q/health/ready").statusCode(), "the first instance keeps its database");
        }
    }

    @Test
    void aDataDirectoryThatIsNotADatabaseIsNamedInTheError() throws Exception {
        Path home = workingDirectory("it-foreign");
        Files.createDirectories(home.resolve("data/pg"));
        Files.writeString(home.resolve("data/pg/notes.txt"), "not a database", StandardCharsets.UTF_8);
        ApplicationProcess app = ApplicationProcess.start(home, Map.of());
        assertEquals(1, app.awaitExit(Duration.ofSeconds(60)), app.output());
        assertTrue(app.output().contains("is not empty but holds no PostgreSQL database"), app.output());
        assertFalse(app.output().contains("\tat "), "a user error is a sentence, not a stack trace");
    }

    /** An exited process can linger a moment until its new parent reaps it. */
    private static boolean goneWithin(long pid, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static long postmasterPid(Path data) throws Exception {
        return Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    }

    private static void assertDurableServerSettings(Path data) throws Exception {
        List<String> pidFile = Files.readAllLines(data.resolve("postmaster.pid"));
        int port = Integer.parseInt(pidFile.get(3).trim());
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/betrokken", "postgres", "");
                Statement s = c.createStatement()) {
            assertEquals("on", show(s, "fsync"), "zonky's default fsync=off would lose answers on a power cut");
            assertEquals("on", show(s, "synchronous_commit"));
            assertEquals("localhost", show(s, "listen_addresses"));
            try (ResultSet db =
                    s.executeQuery("select datcollate from pg_database where datname = current_database()")) {
                db.next();
                assertEquals("C", db.getString(1));
            }
            assertEquals("UTF8", show(s, "server_encoding"));
        }
    }

    private static String show(Statement statement, String setting) throws Exception {
        try (ResultSet row = statement.executeQuery("show " + setting)) {
            row.next();
            return row.getString(1);
        }
    }
}
