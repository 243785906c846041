package nl.betrokken.common.database.replica;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/** Hands Hibernate the connections {@link ReadRouting} chose, from {@link ReplicaPool}. */
@PersistenceUnitExtension
@ApplicationScoped
class RoutedConnections implements TenantConnectionResolver {

    private final ReplicaPool pools;

    RoutedConnections(ReplicaPool pools) {
        this.pools = pools;
    }

    @Override
    public ConnectionProvider resolve(String choice) {
        return pools.connections(choice);
    }
}
