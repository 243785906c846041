package nl.betrokken.home;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who answers for this installation's accessibility statement: each municipality or operator runs its own. */
@ConfigMapping(prefix = "betrokken.accessibility")
public interface AccessibilityConfig {

    /** The organisation that runs this Betrokken and publishes the statement, for example "Gemeente Rijnstede". */
    @WithDefault("Betrokken")
    String organisation();

    /**
     * Where people report an accessibility problem. Unset, the statement sends them to the school or
     * municipality that gave them the link or the invitation, which every user has.
     */
    Optional<String> contactEmail();
}
