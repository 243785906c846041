package nl.betrokken.common.database.replica;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * An optional read replica of the database (a streaming standby, or a managed PostgreSQL's read replica): set
 * BETROKKEN_READ_DATASOURCE_URL and dashboards, reports, exports and the API's reading calls are served from it, while
 * answers, sign-ins and every change go to the primary. Unset, everything uses the primary.
 */
@ConfigMapping(prefix = "betrokken.read.datasource")
public interface ReadReplicaConfig {

    /** The replica's JDBC URL, e.g. jdbc:postgresql://replica.internal:5432/betrokken. */
    Optional<String> url();

    /** The replica's user; unset, the primary's (quarkus.datasource.username). */
    Optional<String> username();

    /** The replica's password; unset, the primary's. */
    Optional<String> password();

    /** Connections to the replica at most; analysts' pages wait for one rather than crowd the replica. */
    @WithDefault("16")
    int maxSize();
}
