package nl.betrokken.common.throttle;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Counts failures (logins, codes) per key in a window kept in the database, so every replica counts alike.
 * Keys are hashes: of the username (whether or not it exists, so a refusal says nothing about it)
 * and of the client address under a secret.
 */
@ApplicationScoped
public class FailureThrottle {

    public boolean allows(String keyHash, int maxFailures, Duration window) {
        Object failures = Panache.getEntityManager().createNativeQuery(
                "select failures from login_throttle where key_hash = :key and window_start > :since")
                .setParameter("key", keyHash)
                .setParameter("since", OffsetDateTime.now().minus(window))
                .getResultStream().findFirst().orElse(null);
        return failures == null || ((Number) failures).intValue() < maxFailures;
    }

    /** Counted in its own transaction: a failed login must be counted even though the login rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String keyHash, Duration window) {
        Panache.getEntityManager().createNativeQuery("""
                insert into login_throttle (key_hash, window_start, failures) values (:key, now(), 1)
                on conflict (key_hash) do update set
                    failures = case when login_throttle.window_start > now() - cast(:window as interval)
                                    then login_throttle.failures + 1 else 1 end,
                    window_start = case when login_throttle.window_start > now() - cast(:window as interval)
                                    then login_throttle.window_start else now() end
                """)
                .setParameter("key", keyHash)
                .setParameter("window", window.toSeconds() + " seconds")
                .executeUpdate();
    }

    public void clear(String keyHash) {
        Panache.getEntityManager().createNativeQuery("delete from login_throttle where key_hash = :key")
                .setParameter("key", keyHash).executeUpdate();
    }
}
