package nl.betrokken.common.database.replica;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;

/**
 * Chooses the database for each Hibernate session as it opens: the replica for read-only work when one is configured,
 * else the primary. Hibernate's "tenants" are used for it (one persistence unit, two ways to a connection), because
 * every reading service already uses the one persistence unit and its entities. Quarkus asks for the choice only in a
 * request context: HTTP requests, scheduled jobs and start-up observers have one; a thread of one's own must activate
 * it (as the demo's answers do) or Hibernate refuses to open a session.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReadRouting implements TenantResolver {

    static final String PRIMARY = "primary";
    static final String REPLICA = "replica";

    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

    private final boolean replicaConfigured;

    ReadRouting(ReplicaPool pools) {
        this.replicaConfigured = pools.hasReplica();
    }

    /** Runs the work as read-only work (see {@link ReadsOnly}), for code that is no CDI method. */
    public static <T> T reading(Callable<T> work) throws Exception {
        boolean before = READING.get();
        READING.set(true);
        try {
            return work.call();
        } finally {
            READING.set(before);
        }
    }

    /** Whether the current thread does read-only work. */
    public static boolean isReading() {
        return READING.get();
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return replicaConfigured && isReading() ? REPLICA : PRIMARY;
    }
}
