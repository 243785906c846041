package nl.betrokken.security;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where bcrypt runs: a small pool of its own, sized to the cores, with a short queue. A storm of
 * password attempts then takes at most those threads' CPU and never every worker, so the parents'
 * pages keep being served; what does not fit in the queue is refused at once as "try again shortly".
 */
@ApplicationScoped
public class PasswordChecks {

    private static final int QUEUE_PER_THREAD = 16;
    private static final long WAIT_SECONDS = 20;

    private final ThreadPoolExecutor pool;
    private final AtomicLong evaluated = new AtomicLong();

    public PasswordChecks(SecurityConfig config) {
        int threads = config.passwordCheckThreads().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD),
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
        Future<Boolean> check;
        try {
            check = pool.submit(() -> {
                evaluated.incrementAndGet();
                if (hash == null) {
                    Passwords.spendTheTimeOfACheck(password);
                    return false;
                }
                return Passwords.matches(password, hash);
            });
        } catch (RejectedExecutionException full) {
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

    /** How many passwords were checked since start: tests use it to prove that refused attempts cost nothing. */
    public long evaluated() {
        return evaluated.get();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
