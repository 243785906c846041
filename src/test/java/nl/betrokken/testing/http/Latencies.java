package nl.betrokken.testing.http;

import java.util.ArrayList;
import java.util.List;

/** Durations in nanoseconds, collected from many threads, read as percentiles in milliseconds. */
public final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    public synchronized void add(long duration) {
        nanos.add(duration);
    }

    public synchronized void addAll(Latencies other) {
        nanos.addAll(other.nanos);
    }

    public synchronized int count() {
        return nanos.size();
    }

    /** The p-th percentile (nearest rank), in milliseconds; NaN when nothing was measured. */
    public synchronized double percentileMillis(double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    public static long since(long startNanos) {
        return System.nanoTime() - startNanos;
    }
}
