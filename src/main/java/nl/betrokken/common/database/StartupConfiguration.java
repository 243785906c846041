package nl.betrokken.common.database;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The little configuration that must be known before Quarkus starts: is an external database
 * configured, and if not, where does the embedded one live. It reads the same places Quarkus reads
 * (system properties, environment, config/application.properties, application.properties).
 */
public final class StartupConfiguration {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    private final SmallRyeConfig config;
    private final Optional<String> explicitProfile;

    private StartupConfiguration(SmallRyeConfig config, Optional<String> explicitProfile) {
        this.config = config;
        this.explicitProfile = explicitProfile;
    }

    public static StartupConfiguration read() {
        Optional<String> profile =
                firstNonBlank(System.getProperty("quarkus.profile"), System.getenv("QUARKUS_PROFILE"));
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .forClassLoader(loader)
                .addDefaultSources()
                .withSources(PropertiesConfigSourceLoader.inFileSystem(
                        Path.of("config", "application.properties")
                                .toAbsolutePath()
                                .toUri()
                                .toString(),
                        260,
                        loader))
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, loader))
                .withConverter(Duration.class, 100, new DurationConverter())
                .withProfile(profile.orElse("prod"))
                .withMapping(EmbeddedDatabaseConfig.class)
                .build();
        return new StartupConfiguration(config, profile);
    }

    public boolean externalDatabaseConfigured() {
        return config.getOptionalValue(JDBC_URL, String.class)
                .filter(url -> !url.isBlank())
                .isPresent();
    }

    public Optional<String> explicitProfile() {
        return explicitProfile;
    }

    public EmbeddedDatabaseConfig embeddedDatabase() {
        return config.getConfigMapping(EmbeddedDatabaseConfig.class);
    }

    private static Optional<String> firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }
}
