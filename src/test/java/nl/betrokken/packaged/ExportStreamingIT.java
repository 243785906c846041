package nl.betrokken.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An export far larger than the heap of the service that writes it: the packaged application gets
 * 80 MB of heap and streams 100,000 responses (some 2.5 million answer rows, well over 100 MB of
 * CSV). Holding the rows, or the file, in memory would run out; streaming does not.
 */
class ExportStreamingIT {

    private static final int RESPONSES = 100_000;

    @Test
    void aHugeExportStreamsThroughASmallHeap() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-export-");
        unpackDatabaseBinaries(home);
        try (ApplicationProcess app =
                ApplicationProcess.start(home, Map.of(), "-Xmx80m").awaitReady(Duration.ofSeconds(180))) {
            long wave;
            try (Connection c = app.database();
                    Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("select id from wave where name = 'Ouderpeiling Rijnstede (demo)'")) {
                    r.next();
                    wave = r.getLong(1);
                }
                s.execute("""
                        with rows as (select array_agg(id order by id) ids from wave_institution where wave_id = %d
                                      and population > 100)
                        insert into response (questionnaire_version_id, wave_institution_id, answers, language, status, aggregated,
                                              created_at, updated_at, submitted_at)
                        select (select questionnaire_version_id from wave where id = %d), rows.ids[1 + g %% array_length(rows.ids, 1)],
                          jsonb_build_object('sector', 'primary', 'home-language', 'dutch', 'contact-channels', jsonb_build_array('app', 'email'),
                            'a1', 'agree', 'a2', 'disagree', 'a3', 'agree-strongly', 'a4', 'agree', 'a5', 'dont-know', 'a6', 'agree',
                            'b1', 'agree', 'b2', 'disagree', 'b3', 'agree', 'b4', 'agree', 'c1', 'agree', 'c2', 'agree', 'c3', 'disagree',
                            'c4', 'agree', 'c5', 'agree', 'd1', 'agree', 'd2', 'agree', 'd3', 'disagree', 'd4', 'agree', 'd5', 'agree',
                            'remarks', 'Een opmerking van een ouder, lang genoeg om de export echt groot te maken: ' || g),
                          'nl', 'SUBMITTED', true, date_trunc('hour', now()), date_trunc('hour', now()), date_trunc('hour', now())
                        from generate_series(1, %d) g, rows
                        """.formatted(wave, wave, RESPONSES));
                try (ResultSet r = s.executeQuery(
                        "select password_hash from app_user where username = 'beheer@rijnstede.example'")) {
                    r.next();
                    assertTrue(
                            r.getString(1).matches("\\$2[ab]\\$12\\$.{53}"),
                            "a running service hashes passwords with bcrypt at cost 12: " + r.getString(1));
                }
                // rows of answers are only given out for a closed wave
                s.execute("update wave set closed_early_on = current_date where id = " + wave);
            }
            String[] admin = app.login("beheer@rijnstede.example", "demo-wachtwoord");
            long[] drained = app.drain("/api/exports/waves/" + wave + "/responses.csv?layout=long", admin);
            assertTrue(drained[0] > 100L * 1024 * 1024, "the export is larger than the heap: " + drained[0] + " bytes");
            // 25 answers per inserted response (the two contact channels are a line each), the demo responses and a
            // header.
            assertTrue(drained[1] > 25L * RESPONSES, "every answer is a line: " + drained[1]);
            assertEquals(200, app.get("/q/health/live").statusCode(), "and the service is still well");
            assertFalse(app.output().contains("OutOfMemoryError"), app.output());
            app.stop();
        }
    }

    /**
     * Unpacking the PostgreSQL bundle is not what this test measures, and it cannot be done in 80 MB:
     * the xz decoder holds the bundle's 64 MiB dictionary on the heap (a fresh CI machine ran out of
     * memory there). So this JVM unpacks the binaries where the service will look for them, next to
     * its data directory, and the service finds them ready.
     */
    private static void unpackDatabaseBinaries(Path home) throws Exception {
        Path binaries = Files.createDirectories(home.resolve("data/pg-binaries"));
        try (EmbeddedPostgres unpacked = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(Files.createTempDirectory(home, "unpack-"))
                .start()) {
            assertTrue(unpacked.getPort() > 0);
        }
    }
}
