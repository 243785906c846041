package nl.betrokken.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;

/**
 * Gives every Quarkus test a real, empty PostgreSQL of its own. Its read replica is the same database through
 * connections that refuse every write, so every test of a page or call that reads on a replica proves it writes nothing
 * there (a real streaming replica is in packaged/ReadReplicaIT).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = TestDatabases.start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return Map.of(
                "quarkus.datasource.jdbc.url",
                url,
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "",
                "betrokken.read.datasource.url",
                url + (url.contains("?") ? "&" : "?") + "options=-c%20default_transaction_read_only%3Don");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
