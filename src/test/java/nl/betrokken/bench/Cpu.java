package nl.betrokken.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by the service, by PostgreSQL and by this load client, from /proc: what a
 * run cost each of them, where they all share the same cores.
 */
final class Cpu {

    /** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final double TICK = 0.01;

    /**
     * The service's time includes its JIT compiler threads, counted apart as well: in a run of seconds they still compile
     * what a service that runs for days compiled long ago.
     */
    record Seconds(double service, double compiler, double database, double client) {
        Seconds minus(Seconds earlier) {
            return new Seconds(
                    service - earlier.service,
                    compiler - earlier.compiler,
                    database - earlier.database,
                    client - earlier.client);
        }
    }

    private Cpu() {}

    static Seconds now(Bench bench) {
        try {
            long postmaster = bench.app().databasePid();
            double database = 0;
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes
                        .filter(p -> p.getFileName().toString().matches("[0-9]+"))
                        .toList()) {
                    String[] stat = stat(process);
                    if (stat != null && stat[0].equals("postgres")) {
                        database += ticks(stat, 14) + ticks(stat, 15);
                        // backends that ended were reaped by the postmaster: their time is in its children's total
                        if (process.getFileName().toString().equals(Long.toString(postmaster))) {
                            database += ticks(stat, 16) + ticks(stat, 17);
                        }
                    }
                }
            }
            String[] service = stat(Path.of("/proc", Long.toString(bench.app().pid())));
            String[] client = stat(Path.of("/proc/self"));
            return new Seconds(
                    (ticks(service, 14) + ticks(service, 15)) * TICK,
                    compilerTicks(bench.app().pid()) * TICK,
                    database * TICK,
                    (ticks(client, 14) + ticks(client, 15)) * TICK);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read process times from /proc", e);
        }
    }

    /** CPU of the service's live JIT compiler threads (HotSpot names them "C1 CompilerThread0", "C2 ..."). */
    private static long compilerTicks(long pid) throws IOException {
        long ticks = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads.toList()) {
                String[] stat = stat(thread);
                if (stat != null && stat[0].matches("C[12] CompilerThre.*")) {
                    ticks += ticks(stat, 14) + ticks(stat, 15);
                }
            }
        }
        return ticks;
    }

    /** The fields of /proc/PID/stat with the command name first (it may hold spaces, so it is cut out by its brackets). */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 1];
            fields[0] = line.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 1, rest.length);
            return fields;
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    /** Field n of stat as numbered in proc(5) (1 = pid, 2 = comm, 3 = state, ...). */
    private static long ticks(String[] fields, int n) {
        return Long.parseLong(fields[n - 2]);
    }
}
