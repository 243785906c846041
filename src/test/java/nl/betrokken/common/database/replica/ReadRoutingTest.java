package nl.betrokken.common.database.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * The tests' replica is the same database through connections that refuse writes (see PostgresResource): read-only
 * work is routed there, everything else to the primary, so any test of a read-only page that writes fails.
 */
@QuarkusTest
class ReadRoutingTest {

    @Inject
    EntityManager entityManager;

    @Test
    void readOnlyWorkRunsOnTheReplicaAndEverythingElseOnThePrimary() throws Exception {
        String onReplica =
                ReadRouting.reading(() -> QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                        .createNativeQuery("select current_setting('application_name')")
                        .getSingleResult()));
        assertEquals("betrokken-read", onReplica);
        String onPrimary = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select current_setting('application_name')")
                .getSingleResult());
        assertNotEquals("betrokken-read", onPrimary);
    }

    @Test
    void aWriteInReadOnlyWorkIsRefused() {
        Exception refused = assertThrows(
                Exception.class,
                () -> ReadRouting.reading(() -> QuarkusTransaction.requiringNew()
                        .call(() -> entityManager
                                .createNativeQuery("create table should_not_exist (id int)")
                                .executeUpdate())));
        StringBuilder causes = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            causes.append(t.getMessage()).append('\n');
        }
        assertTrue(causes.toString().contains("read-only transaction"), causes.toString());
        assertFalse(ReadRouting.isReading(), "the mark ends with the work");
    }
}
