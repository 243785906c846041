package nl.betrokken.security;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where bcrypt runs: a small pool of its own, sized to the cores, with a short queue. A storm of
 * password attempts then takes at most those threads' CPU, and only half of it (a thread rests as
 * long as its last check took), never every worker, so the parents' pages keep being served. What
 * does not fit is refused at once as "try again shortly", before the attempt costs anything else.
 */
@ApplicationScoped
public class PasswordChecks {

    private static final int QUEUE_PER_THREAD = 16;
    private static final long WAIT_SECONDS = 20;

    private final ThreadPoolExecutor pool;
    private final Semaphore room;
    private final AtomicLong evaluated = new AtomicLong();

    public PasswordChecks(SecurityConfig config) {
        int threads = config.passwordCheckThreads()
                .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        room = new Semaphore(threads * (QUEUE_PER_THREAD + 1));
        pool = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD),
                runnable -> {
                    Thread thread = new Thread(runnable, "password-check");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Whether the password matches the hash; with no hash (no such user) it spends the same time
     * and says no. Empty when the pool is full: the caller refuses the attempt as "too many now".
     */
    public Optional<Boolean> matches(String password, String hash) {
        if (!room.tryAcquire()) {
            return Optional.empty();
        }
        Future<Boolean> check;
        try {
            check = pool.submit(() -> {
                try {
                    evaluated.incrementAndGet();
                    long started = System.nanoTime();
                    boolean matches;
                    if (hash == null) {
                        Passwords.spendTheTimeOfACheck(password);
                        matches = false;
                    } else {
                        matches = Passwords.matches(password, hash);
                    }
                    rest(System.nanoTime() - started);
                    return matches;
                } finally {
                    room.release();
                }
            });
        } catch (RejectedExecutionException full) {
            room.release();
            return Optional.empty();
        }
        try {
            return Optional.of(check.get(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            check.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("password check failed", e.getCause());
        }
    }

    /** Whether a check would be taken now: callers refuse at once, before any other work, when it would not. */
    public boolean hasRoom() {
        return room.availablePermits() > 0;
    }

    /** Only when others wait: a lone login is not slowed, a storm takes half a core per thread, not all of it. */
    private void rest(long nanos) {
        if (pool.getQueue().isEmpty()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many passwords were checked since start: tests use it to prove that refused attempts cost nothing. */
    public long evaluated() {
        return evaluated.get();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
