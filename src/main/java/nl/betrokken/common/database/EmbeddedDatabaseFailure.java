package nl.betrokken.common.database;

import java.util.List;
import nl.betrokken.common.database.EmbeddedDatabase.EmbeddedDatabaseLayout;

/** Turns a failed start of the embedded server into a message that says what to do about it. */
final class EmbeddedDatabaseFailure {

    private EmbeddedDatabaseFailure() {}

    static EmbeddedDatabaseException explain(Exception failure, EmbeddedDatabaseLayout layout) {
        if (failure instanceof EmbeddedDatabaseException known) {
            return known;
        }
        List<String> tail = layout.logTail(20);
        return new EmbeddedDatabaseException(message(failure, tail, layout), failure);
    }

    static String message(Exception failure, List<String> logTail, EmbeddedDatabaseLayout layout) {
        String log = String.join("\n", logTail);
        if (log.contains("cannot be run as root") || log.contains("must not be run as root")) {
            return "The embedded PostgreSQL refuses to run as root, and this machine does not allow the user"
                    + " namespace that would let it (unshare -U). Run Betrokken as a normal user, or configure an"
                    + " external PostgreSQL with QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and"
                    + " QUARKUS_DATASOURCE_PASSWORD.";
        }
        if (String.valueOf(failure.getMessage()).contains("could not lock")) {
            return "Another Betrokken is already running on the database in " + layout.dataDirectory()
                    + ". Stop it first, or set betrokken.embedded-database.data-directory to another folder.";
        }
        return "The embedded PostgreSQL did not start: " + failure.getMessage() + ". Its log is " + layout.logFile()
                + (log.isBlank() ? "." : "; it ends with:\n" + log)
                + "\nTo use an external PostgreSQL instead, set QUARKUS_DATASOURCE_JDBC_URL.";
    }
}
