package nl.betrokken.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Throw-away PostgreSQL servers for tests: real servers on random ports, their binaries and data
 * under target/ so that root and normal users never share a folder in /tmp.
 */
public final class TestDatabases {

    private TestDatabases() {}

    /**
     * Creates an empty database on a test server and returns the environment that points the
     * packaged application at it, with the given JDBC URL (a proxy in front of the server, say).
     */
    public static Map<String, String> externalDatabase(EmbeddedPostgres server, String name, String jdbcUrl) {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "unused-with-trust-authentication",
                // the prod profile (chosen by a database URL) requires the address that letters print
                "BETROKKEN_PUBLIC_URL", "https://betrokken.test.example");
    }

    public static Map<String, String> externalDatabase(EmbeddedPostgres server, String name) {
        return externalDatabase(server, name, server.getJdbcUrl("postgres", name));
    }

    public static EmbeddedPostgres start() {
        try {
            return builder(Files.createTempDirectory(Path.of("target").toAbsolutePath(), "pg-test-"), true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a test PostgreSQL", e);
        }
    }

    /**
     * A test server on the given data directory: initialised there when clean (or empty), else started on what the
     * directory holds, such as a copy of another server's files.
     */
    public static EmbeddedPostgres.Builder builder(Path data, boolean clean) {
        Path binaries = Path.of("target").toAbsolutePath().resolve("pg-binaries");
        try {
            Files.createDirectories(binaries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make " + binaries, e);
        }
        System.setProperty("ot.epg.working-dir", binaries.toString());
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(clean)
                .setLocaleConfig("locale", "C")
                .setServerConfig("max_connections", "100");
    }
}
