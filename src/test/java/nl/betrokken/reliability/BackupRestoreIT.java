package nl.betrokken.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.betrokken.packaged.ApplicationProcess;
import nl.betrokken.security.Tokens;
import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.ParentVisit;
import nl.betrokken.testing.http.Respondents;
import nl.betrokken.testing.http.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The backup of the default installation, exactly as the README describes it: stop the service,
 * archive data/pg with tar; to restore, unpack it into an empty working directory and start.
 */
class BackupRestoreIT {

    @Test
    void anArchivedDataDirectoryRestoresEveryResponse() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path original = Files.createTempDirectory(target, "it-backup-");
        Path restored = Files.createTempDirectory(target, "it-restore-");
        Path archive = original.resolveSibling(original.getFileName() + ".tar.gz");
        long sent;
        String token;
        try (ApplicationProcess app =
                ApplicationProcess.start(original, Map.of()).awaitReady(Duration.ofSeconds(180))) {
            try (Connection db = app.database()) {
                WebClient parent = new WebClient("http://localhost:" + app.port(), new Latencies());
                ParentVisit.complete(parent, Respondents.demoLinks(db).get(0), new Random(3));
                token = parent.cookie("betrokken_response").orElseThrow();
                sent = Respondents.sentResponses(db);
            }
            int exit = app.stop();
            assertTrue(exit == 0 || exit == 143, "stopped cleanly before the backup, not " + exit);
        }
        assertFalse(Files.exists(original.resolve("data/pg/postmaster.pid")), "PostgreSQL stopped with the service");
        run(List.of("tar", "-C", original.toString(), "-czf", archive.toString(), "data/pg"));
        run(List.of("tar", "-C", restored.toString(), "-xzf", archive.toString()));

        try (ApplicationProcess app =
                        ApplicationProcess.start(restored, Map.of()).awaitReady(Duration.ofSeconds(180));
                Connection db = app.database()) {
            assertEquals(sent, Respondents.sentResponses(db), "every sent response is back");
            try (var query = db.prepareStatement("select status from response where resume_token_hash = ?")) {
                query.setString(1, Tokens.sha256(token));
                try (var row = query.executeQuery()) {
                    assertTrue(row.next(), "including the one sent just before the backup");
                    assertEquals("SUBMITTED", row.getString(1));
                }
            }
            System.out.printf(
                    "[reliability] backup: %d sent responses archived (%d KB) and restored%n",
                    sent, Files.size(archive) / 1024);
            app.stop();
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
        assertEquals(0, process.exitValue(), command + ": " + output);
    }
}
