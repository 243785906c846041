package nl.betrokken.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the publications this service wrote, so whatever keeps figures in memory computes them again after one (a
 * publication by another instance is seen when that memory runs out). The count moves when the cells are written and
 * again when their transaction ends: a page computed in between, from the cells before, is not kept as if it were new.
 */
@ApplicationScoped
public class Publications {

    private static final AtomicLong COUNT = new AtomicLong();

    private final TransactionSynchronizationRegistry transactions;

    Publications(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public static long count() {
        return COUNT.get();
    }

    void written() {
        COUNT.incrementAndGet();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    COUNT.incrementAndGet();
                }
            });
        }
    }
}
