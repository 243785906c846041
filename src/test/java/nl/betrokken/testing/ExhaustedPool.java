package nl.betrokken.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every connection of the service's pool held by the test (a Quarkus test shares the service's pool): a
 * request that needs the database waits for the pool's acquisition timeout and ends as "database away",
 * as it does in production when PostgreSQL hangs or has no connections left. Closing gives them back.
 */
public final class ExhaustedPool implements AutoCloseable {

    private final List<Connection> held = new ArrayList<>();

    private ExhaustedPool(DataSource pool) throws SQLException {
        int size = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        try {
            for (int i = 0; i < size; i++) {
                held.add(pool.getConnection());
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    public static ExhaustedPool of(DataSource pool) throws SQLException {
        return new ExhaustedPool(pool);
    }

    @Override
    public void close() {
        for (Connection connection : held) {
            try {
                connection.close();
            } catch (SQLException e) {
                // a connection the pool cannot take back is dropped by it; nothing left to do here
            }
        }
        held.clear();
    }
}
