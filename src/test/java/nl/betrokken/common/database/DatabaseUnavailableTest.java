package nl.betrokken.common.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is away, try again shortly" (503) and which do not. */
class DatabaseUnavailableTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new PersistenceException("could not execute statement", new RuntimeException("JDBC", cause));
    }

    @Test
    void aDatabaseThatIsGoneFullStuckOrShuttingDownIsUnavailable() {
        assertTrue(DatabaseUnavailable.in(wrapped(new SQLException("Connection refused", "08001"))), "cannot connect");
        assertTrue(
                DatabaseUnavailable.in(wrapped(new SQLException("An I/O error occurred", "08006"))), "connection lost");
        assertTrue(
                DatabaseUnavailable.in(
                        wrapped(new SQLException("could not extend file: No space left on device", "53100"))),
                "disk full");
        assertTrue(
                DatabaseUnavailable.in(wrapped(new SQLException("sorry, too many clients already", "53300"))),
                "too many connections");
        assertTrue(
                DatabaseUnavailable.in(
                        wrapped(new SQLException("canceling statement due to statement timeout", "57014"))),
                "statement timeout");
        assertTrue(
                DatabaseUnavailable.in(
                        wrapped(new SQLException("terminating connection due to administrator command", "57P01"))),
                "shutdown");
        assertTrue(DatabaseUnavailable.in(wrapped(new SQLException("could not obtain lock", "55P03"))), "lock timeout");
        assertTrue(
                DatabaseUnavailable.in(wrapped(new SQLException("Sorry, acquisition timeout!"))),
                "no connection from the pool");
        assertTrue(DatabaseUnavailable.in(wrapped(new SocketTimeoutException("Read timed out"))), "silent network");
    }

    @Test
    void aWrongRequestOrABugIsNot() {
        assertFalse(DatabaseUnavailable.in(
                wrapped(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseUnavailable.in(wrapped(new SQLException("syntax error at or near", "42601"))));
        assertFalse(DatabaseUnavailable.in(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.in(wrapped(new SQLException("no state at all"))));
    }
}
