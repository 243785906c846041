package nl.betrokken.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.Role;
import org.junit.jupiter.api.Test;

/** The memory itself: its life, one computation for many who ask at once, nothing kept of a failure, keys per viewer. */
class ViewMemoryLifeTest {

    private static final AuthenticatedUser ANALYST =
            new AuthenticatedUser(1, "a", "A", Role.MUNICIPALITY_ANALYST, 7L, null, null, false, false);
    private static final AuthenticatedUser OTHER_ANALYST =
            new AuthenticatedUser(2, "b", "B", Role.MUNICIPALITY_ANALYST, 7L, null, null, false, false);
    private static final AuthenticatedUser LEAD =
            new AuthenticatedUser(3, "c", "C", Role.INSTITUTION_LEAD, 7L, 8L, 9L, false, false);

    private static ViewMemory living(Duration life) {
        return new ViewMemory(() -> life);
    }

    @Test
    void aPageIsComputedOnceInItsLifeAndAgainAfter() throws InterruptedException {
        ViewMemory memory = living(Duration.ofMillis(300));
        AtomicInteger computed = new AtomicInteger();
        Object first = memory.page("p", ANALYST, List.of(1L), () -> new Object[] {computed.incrementAndGet()});
        Object again = memory.page("p", OTHER_ANALYST, List.of(1L), () -> new Object[] {computed.incrementAndGet()});
        assertSame(first, again, "another analyst of the same municipality gets the same page");
        assertEquals(1, computed.get());
        Thread.sleep(400);
        Object later = memory.page("p", ANALYST, List.of(1L), () -> new Object[] {computed.incrementAndGet()});
        assertNotSame(first, later, "after its life the page is computed again");
        assertEquals(2, computed.get());
    }

    @Test
    void otherArgumentsAndOtherViewersGetPagesOfTheirOwn() {
        ViewMemory memory = living(Duration.ofMinutes(1));
        AtomicInteger computed = new AtomicInteger();
        memory.page("p", ANALYST, List.of(1L), computed::incrementAndGet);
        memory.page("p", ANALYST, List.of(2L), computed::incrementAndGet);
        memory.page("q", ANALYST, List.of(1L), computed::incrementAndGet);
        int lead = memory.page("p", LEAD, List.of(1L), computed::incrementAndGet);
        assertEquals(4, computed.get());
        assertEquals(4, lead, "the lead's page is computed for the lead");
    }

    @Test
    void thoseWhoAskWhileAPageIsComputedWaitForThatOne() throws Exception {
        ViewMemory memory = living(Duration.ofMinutes(1));
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread slow = new Thread(() -> seen.add(memory.page("p", ANALYST, List.of(), () -> {
            started.countDown();
            await(release);
            return "page " + computed.incrementAndGet();
        })));
        slow.start();
        assertEquals(true, started.await(5, TimeUnit.SECONDS));
        List<Thread> waiting = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(
                    () -> seen.add(memory.page("p", ANALYST, List.of(), () -> "page " + computed.incrementAndGet())));
            t.start();
            waiting.add(t);
        }
        Thread.sleep(100);
        release.countDown();
        slow.join(5_000);
        for (Thread t : waiting) {
            t.join(5_000);
        }
        assertEquals(1, computed.get(), "computed once for nine requests");
        assertEquals(List.of("page 1"), seen.stream().distinct().toList());
        assertEquals(9, seen.size());
    }

    @Test
    void afterItsLifeOthersAreShownThePageBeforeWhileOneComputesTheNext() throws Exception {
        ViewMemory memory = living(Duration.ofMillis(200));
        memory.page("p", ANALYST, List.of(), () -> "old");
        Thread.sleep(300);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread computing = new Thread(() -> memory.page("p", ANALYST, List.of(), () -> {
            started.countDown();
            await(release);
            return "new";
        }));
        computing.start();
        assertEquals(true, started.await(5, TimeUnit.SECONDS));
        assertEquals("old", memory.page("p", OTHER_ANALYST, List.of(), () -> "computed twice"));
        release.countDown();
        computing.join(5_000);
        assertEquals("new", memory.page("p", ANALYST, List.of(), () -> "computed twice"));
    }

    @Test
    void aFailureIsNotKept() {
        ViewMemory memory = living(Duration.ofMinutes(1));
        assertThrows(
                IllegalArgumentException.class,
                () -> memory.page("p", ANALYST, List.of(), () -> {
                    throw new IllegalArgumentException("no such wave");
                }));
        assertEquals("fine", memory.page("p", ANALYST, List.of(), () -> "fine"));
    }

    @Test
    void aLifeOfZeroKeepsNothing() {
        ViewMemory memory = living(Duration.ZERO);
        AtomicInteger computed = new AtomicInteger();
        memory.page("p", ANALYST, List.of(), computed::incrementAndGet);
        memory.page("p", ANALYST, List.of(), computed::incrementAndGet);
        assertEquals(2, computed.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
