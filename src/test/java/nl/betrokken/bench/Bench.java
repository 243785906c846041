package nl.betrokken.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import nl.betrokken.packaged.ApplicationProcess;
import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.WebClient;

/** What every benchmark works with: the running service, its database, the synthetic data and the options. */
record Bench(
        ApplicationProcess app,
        SyntheticData data,
        SyntheticData.Municipality municipality,
        Options options,
        Report report) {

    static final String ADMIN = "beheer@rijnstede.example";
    static final String PASSWORD = "demo-wachtwoord";

    record Options(
            int runs,
            long seed,
            List<Long> scales,
            List<Integer> clients,
            Duration loadDuration,
            Duration warmUp,
            String heap,
            boolean longExport,
            java.util.Set<String> only) {

        static final java.util.Set<String> PARTS =
                java.util.Set.of("parent", "login", "submissions", "dashboard", "export");

        /** Whether this part runs: every part unless --only named some. */
        boolean runs(String part) {
            return only.isEmpty() || only.contains(part);
        }

        static Options parse(String... args) {
            boolean quick = List.of(args).contains("--quick");
            int runs = quick ? 2 : 3;
            long seed = 20261124L;
            java.util.Set<String> only = new java.util.TreeSet<>();
            for (String arg : args) {
                if (arg.startsWith("--only=")) {
                    only.addAll(List.of(arg.substring(7).split(",")));
                    if (!PARTS.containsAll(only)) {
                        throw new IllegalArgumentException("--only takes some of " + PARTS);
                    }
                    continue;
                }
                if (arg.startsWith("--runs=")) {
                    runs = Integer.parseInt(arg.substring(7));
                } else if (arg.startsWith("--seed=")) {
                    seed = Long.parseLong(arg.substring(7));
                } else if (!arg.equals("--quick")) {
                    throw new IllegalArgumentException(
                            "unknown option " + arg + "; known: --quick, --runs=N, --seed=N, --only=" + PARTS);
                }
            }
            return quick
                    ? new Options(
                            runs,
                            seed,
                            List.of(1_000L, 10_000L, 50_000L),
                            List.of(1, 8, 32),
                            Duration.ofSeconds(8),
                            Duration.ofSeconds(10),
                            "-Xmx256m",
                            false,
                            only)
                    : new Options(
                            runs,
                            seed,
                            List.of(10_000L, 100_000L, 1_000_000L),
                            List.of(1, 8, 32),
                            Duration.ofSeconds(20),
                            Duration.ofSeconds(60),
                            "-Xmx256m",
                            true,
                            only);
        }
    }

    String base() {
        return "http://localhost:" + app.port();
    }

    Connection connect() throws IOException, SQLException {
        return app.database();
    }

    /** A visitor logged in as the demo administrator, who may see every municipality. */
    WebClient administrator(Latencies requests) throws Exception {
        return new WebClient(base(), requests).login(ADMIN, PASSWORD);
    }

    static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    static void log(String message, Object... args) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), message.formatted(args));
    }
}
