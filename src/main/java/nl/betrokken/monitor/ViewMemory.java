package nl.betrokken.monitor;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.betrokken.disclosure.Publications;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.waves.LinkChanges;

/**
 * The monitor's pages kept in memory for a few seconds, shared by everyone who sees the same organisations. Their
 * figures are published snapshots, so between publications the same arguments give the same page; computing one at a
 * million responses costs tens of milliseconds of CPU, which sixteen analysts on two cores turned into seconds of
 * queueing. What may be seen is decided before a page is looked up (the caller checks the scope first) and is part of
 * the key (role and organisation ids are all {@link nl.betrokken.organisations.Scope} decides on).
 *
 * <p>The memory is emptied by a publication ({@link Publications}), a change to a wave or its schools
 * ({@link LinkChanges}) and any staff request that may write (every method but GET and HEAD, outside the answering
 * paths), once it has been answered and so committed. Whoever asks for a page being computed waits for it instead of
 * computing it too; when a page's life ends without such a change, one request computes it again while the others are
 * shown the one before, so sixteen analysts do not all wait for it.
 */
@Singleton
public class ViewMemory {

    /** Past this many pages the memory starts again rather than grow. */
    private static final int MOST = 2_000;

    /** Who sees what, as far as the pages differ by it. */
    record Viewer(String role, Long municipalityId, Long boardId, Long institutionId) {
        static Viewer of(AuthenticatedUser user) {
            return new Viewer(user.role().name(), user.municipalityId(), user.boardId(), user.institutionId());
        }
    }

    private record Key(String page, Viewer viewer, List<Object> arguments) {}

    /**
     * A page being or been computed, and while it is being computed again after its life, the one before: nothing
     * changed on this instance since, so that one is still as good as the memory promises.
     */
    private record Remembered(CompletableFuture<Object> view, Object before, long changes, long until) {

        /** The computed page, when there is one without waiting. */
        Object ready() {
            return view.isDone() && !view.isCompletedExceptionally() ? view.join() : before;
        }
    }

    private static final AtomicLong STAFF_WRITES = new AtomicLong();

    private final Map<Key, Remembered> views = new ConcurrentHashMap<>();
    private final long lifeNanos;

    ViewMemory(MonitorConfig config) {
        this.lifeNanos = config.viewMemory().toNanos();
    }

    /** The page for this viewer and these arguments, computed when not remembered. */
    @SuppressWarnings("unchecked")
    <T> T page(String page, AuthenticatedUser user, List<Object> arguments, Supplier<T> compute) {
        if (lifeNanos <= 0) {
            return compute.get();
        }
        Key key = new Key(page, Viewer.of(user), arguments);
        long changes = changes();
        long now = System.nanoTime();
        Remembered remembered = views.get(key);
        boolean changed = remembered == null || remembered.changes() != changes;
        if (!changed && now - remembered.until() < 0) {
            Object ready = remembered.ready();
            return (T) (ready != null ? ready : await(remembered.view()));
        }
        // after a change everyone waits for the new page; after its life only the one who computes it does
        Remembered mine = new Remembered(
                new CompletableFuture<>(), changed ? null : remembered.ready(), changes, now + lifeNanos);
        boolean ours = remembered == null ? views.putIfAbsent(key, mine) == null : views.replace(key, remembered, mine);
        if (!ours) {
            return (T) page(page, user, arguments, compute);
        }
        if (views.size() > MOST) {
            views.clear();
            views.put(key, mine);
        }
        try {
            T view = compute.get();
            mine.view().complete(view);
            return view;
        } catch (RuntimeException | Error e) {
            views.remove(key, mine);
            mine.view().completeExceptionally(e);
            throw e;
        }
    }

    private static Object await(CompletableFuture<Object> view) {
        try {
            return view.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another request computed the page", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static long changes() {
        return Publications.count() + LinkChanges.count() + STAFF_WRITES.get();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::watch);
    }

    private void watch(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD && !answering(context.normalizedPath())) {
            context.addBodyEndHandler(done -> {
                STAFF_WRITES.incrementAndGet();
                views.clear();
            });
        }
        context.next();
    }

    /** The paths parents and helpers answer on: their answers reach figures only through a publication. */
    static boolean answering(String path) {
        return path.startsWith("/s/") || path.startsWith("/k/") || path.equals("/c") || path.startsWith("/c/");
    }
}
