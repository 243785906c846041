package nl.betrokken.waves;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes this service made to waves, their schools, channels and links, so whatever keeps a link's wave in
 * memory reads it again after one (a change made by another instance is seen when that memory runs out).
 */
public final class LinkChanges {

    private static final AtomicLong COUNT = new AtomicLong();

    private LinkChanges() {}

    public static long count() {
        return COUNT.get();
    }

    static void changed() {
        COUNT.incrementAndGet();
    }
}
