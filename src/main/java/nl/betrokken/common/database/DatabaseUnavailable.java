package nl.betrokken.common.database;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Tells a failure of the database ("not now": gone, stuck, full, shutting down) from a failure of
 * the request or of our code. The first deserves a 503 that asks to try again shortly and keeps
 * what the person sent; the second is a 4xx or a bug.
 */
public final class DatabaseUnavailable {

    /**
     * Runs background work that the next scheduled run will retry: a database that is away is one
     * quiet line in the log, anything else a warning with its stack trace.
     */
    public static void retriedLater(Logger log, String work, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            if (in(e)) {
                log.warnf("%s waits for the database: %s", work, describe(e));
            } else {
                log.warn(work + " failed; it will be retried", e);
            }
        }
    }

    /**
     * SQLSTATE classes and codes that mean "not now": connection exceptions (08), insufficient
     * resources such as a full disk or too many connections (53), operator intervention such as a
     * shutdown or a statement cancelled by statement_timeout (57), and a lock not obtained in time.
     */
    private static final Set<String> CLASSES = Set.of("08", "53", "57");

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private DatabaseUnavailable() {}

    public static boolean in(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLTimeoutException
                    || t instanceof JDBCConnectionException
                    || t instanceof SocketTimeoutException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null
                        && state.length() == 5
                        && (CLASSES.contains(state.substring(0, 2)) || state.equals(LOCK_NOT_AVAILABLE))) {
                    return true;
                }
                // the pool's own "no connection within the acquisition timeout" carries no SQLSTATE
                if (state == null
                        && sql.getMessage() != null
                        && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One line for the log: the innermost message, without a stack trace that says nothing new. */
    public static String describe(Throwable failure) {
        Throwable innermost = failure;
        int depth = 0;
        while (innermost.getCause() != null && innermost.getCause() != innermost && depth++ < 20) {
            innermost = innermost.getCause();
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }
}
