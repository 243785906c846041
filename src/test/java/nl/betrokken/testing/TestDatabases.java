package nl.betrokken.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Throw-away PostgreSQL servers for tests: real servers on random ports, their binaries and data
 * under target/ so that root and normal users never share a folder in /tmp.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static EmbeddedPostgres start() {
        Path target = Path.of("target").toAbsolutePath();
        Path binaries = target.resolve("pg-binaries");
        try {
            Files.createDirectories(binaries);
            System.setProperty("ot.epg.working-dir", binaries.toString());
            Path data = Files.createTempDirectory(target, "pg-test-");
            return EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a test PostgreSQL", e);
        }
    }
}
