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
