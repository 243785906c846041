package nl.betrokken.common.database.replica;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.jboss.logging.Logger;

/** Connections from the replica, or from the primary while the replica cannot give one. */
final class FallingBack implements DataSource {

    private static final Logger LOG = Logger.getLogger(FallingBack.class);
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;

    private final DataSource replica;
    private final DataSource primary;
    private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    FallingBack(DataSource replica, DataSource primary) {
        this.replica = replica;
        this.primary = primary;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return replica.getConnection();
        } catch (SQLException away) {
            long now = System.nanoTime();
            long last = lastWarned.get();
            if (now - last >= WARN_EVERY_NANOS && lastWarned.compareAndSet(last, now)) {
                LOG.warnf("The read replica gives no connection, read-only work reads from the primary: %s", away);
            }
            return primary.getConnection();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("connections come with the configured user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // logging goes through JBoss Logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // set on each pool
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /** The same connections, for Hibernate. */
    static final class Provider implements ConnectionProvider {

        private final FallingBack connections;

        Provider(FallingBack connections) {
            this.connections = connections;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connections.getConnection();
        }

        @Override
        public void closeConnection(Connection connection) throws SQLException {
            connection.close();
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> type) {
            return type.isInstance(this) || type.isInstance(connections);
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(connections)) {
                return type.cast(connections);
            }
            return type.cast(this);
        }
    }
}
