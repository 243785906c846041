package nl.betrokken.definitions.catalog;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import nl.betrokken.definitions.DefinitionsConfig;
import org.jboss.logging.Logger;

/** Loads the definition files before anything else at start-up uses questionnaires. */
@Singleton
public class DefinitionStartup {

    private static final Logger LOG = Logger.getLogger(DefinitionStartup.class);

    private final DefinitionsConfig config;
    private final DefinitionSynchroniser synchroniser;
    private final QuestionnaireCatalog catalog;

    public DefinitionStartup(
            DefinitionsConfig config, DefinitionSynchroniser synchroniser, QuestionnaireCatalog catalog) {
        this.config = config;
        this.synchroniser = synchroniser;
        this.catalog = catalog;
    }

    void onStart(@Observes @Priority(100) StartupEvent event) {
        reload();
    }

    /** Reads the folder and replaces the catalog; throws DefinitionException and changes nothing on any problem. */
    public void reload() {
        Path folder = Path.of(config.directory()).toAbsolutePath().normalize();
        var entries = synchroniser.synchronise(DefinitionFile.readFolder(folder));
        catalog.replace(entries);
        LOG.infof("Loaded %d questionnaire versions from %s", entries.size(), folder);
    }
}
