package nl.betrokken.common.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import nl.betrokken.common.api.ConflictException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Writes and flushes inside the caller's transaction, so that a unique constraint lost to a
 * concurrent request (the check before the write saw nothing yet) answers 409 with a message
 * instead of 500. Identity ids make persist() insert at once, so the write itself is guarded too.
 */
public final class Flush {

    private static final String UNIQUE_VIOLATION = "23505";

    private Flush() {}

    public static void orConflict(Runnable write, String conflictMessage) {
        try {
            write.run();
            Panache.getEntityManager().flush();
        } catch (ConstraintViolationException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ConflictException(conflictMessage);
            }
            throw e;
        }
    }

    public static void orConflict(String conflictMessage) {
        orConflict(() -> {}, conflictMessage);
    }
}
