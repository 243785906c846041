package nl.betrokken.common.throttle;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Counts attempts (logins, codes, password checks) per key in the database, so every replica counts
 * alike. One statement both counts an attempt and decides whether it may be evaluated: under the
 * row lock of the upsert, parallel attempts are decided one after the other, so a burst gets exactly
 * as many evaluations as the rule allows and no more. Keys come from {@link ThrottleKeys}.
 */
@ApplicationScoped
public class Throttle {

    /*
     * In "on conflict do update", every expression reads the old row, so the three cases are spelled
     * out per column: the window has expired (start again at 1), the key is blocked or used up (keep
     * everything, not passed), or the attempt passes (count it and set the delay for the next one).
     * The time is the clock's when the row lock is held, not the transaction's start (now()): an attempt
     * that started before the one ahead of it in the lock queue would otherwise find that one's
     * "not before" in its own future and be refused although its turn had come.
     */
    private static final String ATTEMPT = """
            insert into login_throttle as t (key_hash, window_start, attempts, blocked_until, passed)
            values (:key, clock_timestamp(), 1, clock_timestamp() + %1$s, true)
            on conflict (key_hash) do update set
                attempts = case when %2$s then 1 when %3$s then t.attempts else t.attempts + 1 end,
                window_start = case when %2$s then clock_timestamp() else t.window_start end,
                blocked_until = case when %2$s then clock_timestamp() + %1$s when %3$s then t.blocked_until else clock_timestamp() + %4$s end,
                passed = case when %2$s then true when %3$s then false else true end
            returning passed
            """.formatted(
                    delay("1"),
                    "t.window_start <= clock_timestamp() - make_interval(secs => :window)",
                    "(t.blocked_until > clock_timestamp() or t.attempts >= :limit)",
                    delay("t.attempts + 1"));

    private static String delay(String attempt) {
        return "case when " + attempt
                + " <= :free then interval '0' else make_interval(secs => least(:first * power(2, " + attempt
                + " - :free - 1), :max)) end";
    }

    /** Counts an attempt under the rule; true when it may be evaluated. Committed at once, whatever the caller does next. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean attempt(String key, ThrottleRule rule) {
        Object passed = Panache.getEntityManager()
                .createNativeQuery(ATTEMPT)
                .setParameter("key", rule.name() + ":" + key)
                .setParameter("window", (double) rule.window().toSeconds())
                .setParameter("limit", rule.limit())
                .setParameter("free", rule.free())
                .setParameter("first", rule.firstDelay().toMillis() / 1000.0)
                .setParameter("max", rule.maxDelay().toMillis() / 1000.0)
                .getSingleResult();
        return (Boolean) passed;
    }

    /** A success: gives the attempt back, so that many good logins from one school's address never add up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void giveBack(String key, ThrottleRule rule) {
        Panache.getEntityManager()
                .createNativeQuery(
                        "update login_throttle set attempts = greatest(attempts - 1, 0) where key_hash = :key")
                .setParameter("key", rule.name() + ":" + key)
                .executeUpdate();
    }

    /** A success that ends the key's history (a user's own failures before the right password). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String key, ThrottleRule rule) {
        Panache.getEntityManager()
                .createNativeQuery("delete from login_throttle where key_hash = :key")
                .setParameter("key", rule.name() + ":" + key)
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeHourly() {
        purge();
    }

    /** Rows whose window and delay are long over say nothing any more; no window here is longer than a day. */
    @Transactional
    public int purge() {
        return Panache.getEntityManager()
                .createNativeQuery(
                        "delete from login_throttle where window_start < now() - interval '1 day' and blocked_until < now()")
                .executeUpdate();
    }
}
