package nl.betrokken.testing.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Durations in nanoseconds, collected from many threads, read as percentiles in milliseconds. */
public final class Latencies {

    private final List<Long> nanos = new ArrayList<>();
    private final Map<String, Latencies> byKind = new TreeMap<>();

    public synchronized void add(long duration) {
        nanos.add(duration);
    }

    /** A duration that also counts for its kind of request ("GET /s/{slug}/p/{page}", say). */
    public synchronized void add(String kind, long duration) {
        nanos.add(duration);
        byKind.computeIfAbsent(kind, k -> new Latencies()).add(duration);
    }

    public synchronized void addAll(Latencies other) {
        synchronized (other) {
            nanos.addAll(other.nanos);
            other.byKind.forEach((kind, some) ->
                    byKind.computeIfAbsent(kind, k -> new Latencies()).addAll(some));
        }
    }

    /** The durations per kind of request, for those added with one. */
    public synchronized Map<String, Latencies> byKind() {
        return new TreeMap<>(byKind);
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
