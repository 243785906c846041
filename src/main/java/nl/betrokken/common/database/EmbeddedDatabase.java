package nl.betrokken.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL that Betrokken runs itself, so that a fresh machine needs nothing but Java.
 * The data directory survives restarts; the binaries are unpacked next to it, and the server's
 * own log is written next to it as well.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String SUPERUSER = "postgres";
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final String databaseName;
    private final Path logFile;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedDatabase(EmbeddedPostgres postgres, String databaseName, Path logFile) {
        this.postgres = postgres;
        this.databaseName = databaseName;
        this.logFile = logFile;
    }

    public static EmbeddedDatabase start(EmbeddedDatabaseConfig config) {
        EmbeddedDatabaseLayout layout = EmbeddedDatabaseLayout.of(Path.of(config.dataDirectory()));
        layout.prepare();
        OrphanedPostmaster.find(layout.dataDirectory()).ifPresent(orphan -> orphan.stop(ORPHAN_STOP_TIMEOUT));

        // zonky keeps scratch directories under this property's folder; keep them out of /tmp too.
        System.setProperty("ot.epg.working-dir", layout.binaryDirectory().toString());
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(layout.dataDirectory())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(layout.binaryDirectory().toFile())
                    .setPort(config.port())
                    .setPGStartupWait(config.startupTimeout())
                    // zonky turns durability off for throw-away test databases; answers must survive a power cut.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("locale", "C")
                    .setOutputRedirector(Redirect.appendTo(layout.logFile().toFile()))
                    .setErrorRedirector(Redirect.appendTo(layout.logFile().toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw EmbeddedDatabaseFailure.explain(e, layout);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, config.databaseName(), layout.logFile());
        database.createDatabaseIfMissing();
        LOG.infof(
                "Embedded PostgreSQL is running on port %d with its data in %s (server log: %s)",
                postgres.getPort(), layout.dataDirectory(), layout.logFile());
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + databaseName;
    }

    public String username() {
        return SUPERUSER;
    }

    public int port() {
        return postgres.getPort();
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.errorf(e, "Embedded PostgreSQL did not stop cleanly; see %s", logFile);
        }
    }

    private void createDatabaseIfMissing() {
        if (!databaseName.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new EmbeddedDatabaseException("betrokken.embedded-database.database-name '" + databaseName
                    + "' is not a plain database name: use lower-case letters, digits and underscores.");
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + databaseName + " encoding 'UTF8' template template0");
            }
            LOG.infof("Created database %s in the embedded PostgreSQL", databaseName);
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException(
                    "Could not create the database '" + databaseName + "' in the embedded PostgreSQL: "
                            + e.getMessage(),
                    e);
        }
    }

    /** Where the embedded server keeps its files: all next to each other, none in /tmp. */
    record EmbeddedDatabaseLayout(Path dataDirectory, Path binaryDirectory, Path logFile) {

        static EmbeddedDatabaseLayout of(Path configured) {
            Path data = configured.toAbsolutePath().normalize();
            Path home = data.getParent();
            String name = data.getFileName().toString();
            return new EmbeddedDatabaseLayout(
                    data, home.resolve(name + "-binaries"), home.resolve(name + "-server.log"));
        }

        void prepare() {
            try {
                Files.createDirectories(binaryDirectory);
                if (Files.isDirectory(dataDirectory)
                        && !Files.exists(dataDirectory.resolve("PG_VERSION"))
                        && !isEmpty(dataDirectory)) {
                    throw new EmbeddedDatabaseException("The data directory " + dataDirectory
                            + " is not empty but holds no PostgreSQL database. Move it away, or set"
                            + " betrokken.embedded-database.data-directory to another folder.");
                }
            } catch (IOException e) {
                throw new EmbeddedDatabaseException(
                        "Cannot prepare " + binaryDirectory + " for the embedded PostgreSQL: " + e.getMessage()
                                + ". Check that this user may write there.",
                        e);
            }
        }

        List<String> logTail(int lines) {
            try {
                if (!Files.exists(logFile)) {
                    return List.of();
                }
                List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
                return all.subList(Math.max(0, all.size() - lines), all.size());
            } catch (IOException | UncheckedIOException e) {
                return List.of();
            }
        }

        private static boolean isEmpty(Path directory) throws IOException {
            try (var entries = Files.list(directory)) {
                return entries.findAny().isEmpty();
            }
        }
    }
}
