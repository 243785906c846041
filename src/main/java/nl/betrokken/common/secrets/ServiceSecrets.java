package nl.betrokken.common.secrets;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets the service needs but nobody has to choose: a configured one wins; otherwise the first
 * start generates 256 random bits and stores them, and every replica reads the same. No deployment
 * runs on a default that is written in public source code.
 */
@ApplicationScoped
public class ServiceSecrets {

    /** A configured secret shorter than this is refused: it would be guessable. */
    public static final int MIN_CONFIGURED_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> known = new ConcurrentHashMap<>();

    /** The secret of this name: the configured value when there is one, else the stored (or a newly generated) one. */
    public String get(String name, Optional<String> configured, String configKey) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            if (configured.get().length() < MIN_CONFIGURED_LENGTH) {
                throw new IllegalStateException(configKey + " is set but shorter than " + MIN_CONFIGURED_LENGTH
                        + " characters; set a long random value (for example: openssl rand -base64 32) or leave it"
                        + " unset to let the service generate one");
            }
            return configured.get();
        }
        return known.computeIfAbsent(name, this::storedOrNew);
    }

    /** In its own transaction: a secret must be stored even when the request that needed it rolls back. */
    private String storedOrNew(String name) {
        return QuarkusTransaction.requiringNew().call(() -> insertOrRead(name));
    }

    private static String insertOrRead(String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        // native for "on conflict do nothing": replicas starting together all keep the first one's secret
        Panache.getEntityManager()
                .createNativeQuery("insert into service_secret (name, secret) values (:name, :secret)"
                        + " on conflict (name) do nothing")
                .setParameter("name", name)
                .setParameter("secret", Base64.getEncoder().encodeToString(bytes))
                .executeUpdate();
        return ServiceSecret.<ServiceSecret>findById(name).secret;
    }
}
