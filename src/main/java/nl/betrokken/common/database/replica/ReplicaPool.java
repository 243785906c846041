package nl.betrokken.common.database.replica;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.agroal.narayana.NarayanaTransactionIntegration;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.jboss.logging.Logger;

/**
 * The connections for each of {@link ReadRouting}'s choices: the primary's pool (Quarkus's datasource), and, when a
 * replica is configured, a pool of its own that takes part in the same transactions. A replica that cannot be reached
 * is no reason to refuse a dashboard: its work then reads from the primary, and the log says so.
 */
@ApplicationScoped
public class ReplicaPool {

    private static final Logger LOG = Logger.getLogger(ReplicaPool.class);

    private final AgroalDataSource primary;
    private final Optional<AgroalDataSource> replica;
    private final Optional<FallingBack> reading;

    ReplicaPool(
            AgroalDataSource primary,
            ReadReplicaConfig config,
            TransactionManager transactions,
            TransactionSynchronizationRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> primaryUser,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> primaryPassword,
            @ConfigProperty(name = "betrokken.database.statement-timeout", defaultValue = "20s")
                    String statementTimeout)
            throws SQLException {
        this.primary = primary;
        Optional<String> url = config.url().filter(u -> !u.isBlank());
        this.replica = url.isEmpty()
                ? Optional.empty()
                : Optional.of(open(
                        url.get(),
                        config.username().or(() -> primaryUser).orElse(""),
                        config.password().or(() -> primaryPassword).orElse(""),
                        config.maxSize(),
                        statementTimeout,
                        transactions,
                        registry));
        this.reading = replica.map(r -> new FallingBack(r, primary));
        url.ifPresent(u -> LOG.infof("Read-only work reads from the replica at %s", u.replaceAll("\\?.*", "")));
    }

    private static AgroalDataSource open(
            String url,
            String user,
            String password,
            int maxSize,
            String statementTimeout,
            TransactionManager transactions,
            TransactionSynchronizationRegistry registry)
            throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.minSize(0)
                        .maxSize(maxSize)
                        // a replica that is away must not hold a page for long: the primary takes over
                        .acquisitionTimeout(Duration.ofSeconds(2))
                        .connectionValidator(AgroalConnectionPoolConfiguration.ConnectionValidator.defaultValidator())
                        .idleValidationTimeout(Duration.ofSeconds(2))
                        .transactionIntegration(new NarayanaTransactionIntegration(transactions, registry))
                        .connectionFactoryConfiguration(connection -> connection
                                .jdbcUrl(url)
                                .principal(new NamePrincipal(user))
                                .credential(new SimplePassword(password))
                                .loginTimeout(Duration.ofSeconds(2))
                                .jdbcProperty("connectTimeout", "2")
                                .jdbcProperty("ApplicationName", "betrokken-read")
                                .initialSql("set statement_timeout = '" + statementTimeout.replace("'", "") + "'"))));
    }

    /** Whether a replica is configured. */
    public boolean hasReplica() {
        return replica.isPresent();
    }

    /** Connections for read-only work outside Hibernate (an export's rows, streamed after its transaction). */
    public DataSource forReading() {
        return reading.<DataSource>map(r -> r).orElse(primary);
    }

    /** Hibernate's connections for one of {@link ReadRouting}'s choices. */
    ConnectionProvider connections(String choice) {
        return reading.filter(r -> ReadRouting.REPLICA.equals(choice))
                .<ConnectionProvider>map(FallingBack.Provider::new)
                .orElseGet(() -> new QuarkusConnectionProvider(primary));
    }

    @PreDestroy
    void close() {
        replica.ifPresent(AgroalDataSource::close);
    }
}
