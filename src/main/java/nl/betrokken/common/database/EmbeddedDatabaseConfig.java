package nl.betrokken.common.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Where and how the embedded PostgreSQL runs when no external database is configured.
 * Read before Quarkus starts (the database must be up before the datasource opens), and
 * registered with Quarkus as well so the keys are known and documented.
 */
@ConfigMapping(prefix = "betrokken.embedded-database")
public interface EmbeddedDatabaseConfig {

    /** The data directory; it survives restarts. Binaries and the server log go next to it. */
    @WithDefault("data/pg")
    String dataDirectory();

    /** 0 picks a free port at every start. */
    @WithDefault("0")
    int port();

    /** The database the application uses inside the embedded server. */
    @WithDefault("betrokken")
    String databaseName();

    @WithDefault("60s")
    Duration startupTimeout();
}
