package nl.betrokken.definitions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "betrokken.definitions")
public interface DefinitionsConfig {

    /** The folder with the questionnaire definition files, relative to the working directory. */
    @WithDefault("survey-definitions")
    String directory();
}
