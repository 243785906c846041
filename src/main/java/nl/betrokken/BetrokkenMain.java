package nl.betrokken;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import nl.betrokken.common.database.EmbeddedDatabase;
import nl.betrokken.common.database.EmbeddedDatabaseException;
import nl.betrokken.common.database.EmbeddedDatabaseShutdown;
import nl.betrokken.common.database.StartupConfiguration;

/**
 * Starts Betrokken. Without an external database configured, it first starts an embedded PostgreSQL
 * and hands its address to Quarkus, and it runs in the {@value #LOCAL_PROFILE} profile unless a
 * profile was chosen: an embedded database means a machine of one's own (demo data, readable logs),
 * while production sets QUARKUS_DATASOURCE_JDBC_URL and runs as {@code prod}.
 */
@QuarkusMain
public class BetrokkenMain implements QuarkusApplication {

    static final String LOCAL_PROFILE = "local";

    public static void main(String... args) {
        StartupConfiguration startup = StartupConfiguration.read();
        if (startup.externalDatabaseConfigured()) {
            Quarkus.run(BetrokkenMain.class, args);
            return;
        }
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(startup.embeddedDatabase());
        } catch (EmbeddedDatabaseException e) {
            System.err.println();
            System.err.println("Betrokken cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", database.username());
        if (startup.explicitProfile().isEmpty()) {
            System.setProperty("quarkus.profile", LOCAL_PROFILE);
        }
        EmbeddedDatabaseShutdown.register(database);
        Quarkus.run(
                BetrokkenMain.class,
                (exitCode, failure) -> {
                    if (failure != null) {
                        // the log may already be closed: say why on stderr, or the start fails in silence
                        System.err.println();
                        System.err.println("Betrokken could not start: " + describe(failure));
                    }
                    EmbeddedDatabaseShutdown.applicationStopped();
                    database.close();
                    System.exit(exitCode == 0 && failure != null ? 1 : exitCode);
                },
                args);
    }

    /** The chain of messages of a start-up failure; the innermost usually says what to do. */
    static String describe(Throwable failure) {
        StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause();
                cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append("\n  caused by: ").append(cause.getMessage());
            }
        }
        return message.toString();
    }

    @Override
    public int run(String... args) {
        Quarkus.waitForExit();
        return 0;
    }
}
