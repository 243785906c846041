package nl.betrokken.monitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "betrokken.monitor")
public interface MonitorConfig {

    /**
     * How long a dashboard, board view or school report is kept in memory for everyone who sees the same organisations.
     * A publication or a staff change on this instance empties the memory at once; the live response counts, and what
     * another instance changed, reach the pages within this time. Zero keeps nothing.
     */
    @WithDefault("10s")
    Duration viewMemory();
}
