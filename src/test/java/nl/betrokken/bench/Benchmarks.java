package nl.betrokken.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.betrokken.packaged.ApplicationProcess;
import nl.betrokken.testing.http.Latencies;

/**
 * Runs every benchmark against the packaged service in its own process, with this JVM as the load
 * client, and writes the results to src/bench/BENCHMARKS.md and src/bench/results.json. Started by
 * src/bench/run; not a test, and never part of ./mvnw verify.
 */
public final class Benchmarks {

    private static final Path DEFINITIONS = Path.of("survey-definitions");

    private Benchmarks() {}

    public static void main(String... args) throws Exception {
        Bench.Options options = Bench.Options.parse(args);
        Path work = Files.createDirectories(Path.of("target", "bench").toAbsolutePath());
        Report report = new Report();
        machine(report, options);

        ApplicationProcess app = new Footprint(options, report, work).measure();
        try (Connection db = app.database()) {
            SyntheticData data = new SyntheticData(DEFINITIONS, options.seed());
            SyntheticData.Municipality municipality = data.create(db, 50);
            Bench bench = new Bench(app, data, municipality, options, report);
            report.raw()
                    .put(
                            "version",
                            Files.readString(Path.of("pom.xml"))
                                    .replaceAll("(?s).*?<quarkus.platform.version>([^<]+).*", "$1"));
            try (var version = db.createStatement().executeQuery("select current_setting('server_version')")) {
                version.next();
                report.raw().with("machine").put("postgresql", version.getString(1));
            }

            if (options.runs("parent")) {
                Bench.log("parent page");
                new ParentPageBenchmark(bench).run();
            }
            if (options.runs("login")) {
                Bench.log("login storm");
                new LoginStormBenchmark(bench).run();
            }
            if (options.runs("submissions")) {
                Bench.log("submissions");
                new SubmissionBenchmark(bench).run();
            }
            if (options.runs("dashboard")) {
                DashboardBenchmark dashboard = new DashboardBenchmark(bench);
                for (long scale : options.scales()) {
                    dashboard.at(scale);
                }
                dashboard.report();
            }
            if (options.runs("export")) {
                Bench.log("export");
                new ExportBenchmark(bench)
                        .run(options.scales().get(options.scales().size() - 1));
            }

            Thread.sleep(10_000);
            double afterWork = Memory.residentMiB(app.pid());
            report.raw().with("footprint").put("rssAfterBenchmarksMiB", afterWork);
            report.textIn(
                    "5.",
                    "After all of the above and 10 s idle, the service's resident memory was %.0f MiB."
                            .formatted(afterWork));
        } finally {
            app.stop();
        }
        // a partial run (--only) never replaces the full results: it is written beside the service's data
        Path results = options.only().isEmpty() ? Path.of("src", "bench") : work;
        report.write(results.resolve("BENCHMARKS.md"), results.resolve("results.json"));
        Bench.log("written to %s", results.resolve("BENCHMARKS.md"));
    }

    private static void machine(Report report, Bench.Options options) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.replaceFirst("model name\\s*:\\s*", ""))
                .orElse("unknown");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
        int cores = Runtime.getRuntime().availableProcessors();
        String os = Files.exists(Path.of("/etc/os-release"))
                ? Files.readAllLines(Path.of("/etc/os-release")).stream()
                        .filter(l -> l.startsWith("PRETTY_NAME="))
                        .map(l -> l.substring(12).replace("\"", ""))
                        .findFirst()
                        .orElse("Linux")
                : "Linux";
        String commit = git("rev-parse", "--short", "HEAD");
        report.raw()
                .put("date", LocalDate.now().toString())
                .put("commit", commit)
                .put("options", options.toString());
        report.raw()
                .putObject("machine")
                .put("cpu", cpu)
                .put("cores", cores)
                .put("memoryGiB", Long.parseLong(memory) / 1024 / 1024)
                .put("os", os)
                .put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.text("""
                Run on %s at commit `%s`: %d cores (%s), %d GiB, %s, %s %s. The service, its embedded PostgreSQL and the \
                load client share these cores. Figures are the median of %d runs with the minimum and maximum in brackets.""".formatted(
                        LocalDate.now(),
                        commit,
                        cores,
                        cpu,
                        Long.parseLong(memory) / 1024 / 1024,
                        os,
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.version"),
                        options.runs()));
    }

    private static String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    /**
     * Area 5: time from starting the process to a ready health check, on an empty data directory
     * (PostgreSQL unpacked and initialised, schema, demo data) and again on the data it left; and the
     * resident memory of the idle service. The last service started is kept for the other benchmarks.
     */
    private record Footprint(Bench.Options options, Report report, Path work) {

        ApplicationProcess measure() throws Exception {
            List<Double> first = new ArrayList<>();
            List<Double> restart = new ArrayList<>();
            List<Double> demo = new ArrayList<>();
            List<Double> idle = new ArrayList<>();
            ApplicationProcess kept = null;
            for (int r = 0; r < options.runs(); r++) {
                Path home = work.resolve("home-" + r);
                delete(home);
                long start = System.nanoTime();
                ApplicationProcess app = ApplicationProcess.start(
                                home, LoginStormBenchmark.SERVICE_SETTINGS, options.heap())
                        .awaitServing(Duration.ofMinutes(3));
                first.add(Latencies.since(start) / 1e9);
                // the demo's answers follow after ready; nothing else is measured until they are in
                app.awaitReady(Duration.ofMinutes(3));
                demo.add(Latencies.since(start) / 1e9);
                app.stop();
                start = System.nanoTime();
                app = ApplicationProcess.start(home, LoginStormBenchmark.SERVICE_SETTINGS, options.heap())
                        .awaitServing(Duration.ofMinutes(3));
                restart.add(Latencies.since(start) / 1e9);
                app.awaitReady(Duration.ofMinutes(3));
                Thread.sleep(10_000);
                idle.add(Memory.residentMiB(app.pid()));
                Bench.log(
                        "start-up: first %.1f s, restart %.1f s, idle RSS %.0f MiB",
                        first.get(r), restart.get(r), idle.get(r));
                report.raw()
                        .withArray("footprint.runs")
                        .addObject()
                        .put("firstStartSeconds", first.get(r))
                        .put("firstStartWithDemoAnswersSeconds", demo.get(r))
                        .put("restartSeconds", restart.get(r))
                        .put("idleRssMiB", idle.get(r));
                if (r == options.runs() - 1) {
                    kept = app;
                } else {
                    app.stop();
                }
            }
            Spread firstSpread = Spread.of(first);
            Spread restartSpread = Spread.of(restart);
            Spread idleSpread = Spread.of(idle);
            report.target(
                    "First start to ready ≤ 5 s, on an empty data directory",
                    "%.1f s (the demo's answers in %.1f s)"
                            .formatted(firstSpread.median(), Spread.of(demo).median()),
                    firstSpread.median() <= 5);
            report.target(
                    "Restart to ready ≤ 3 s", "%.1f s".formatted(restartSpread.median()), restartSpread.median() <= 3);
            report.target(
                    "Idle RSS under 300 MB",
                    "%.0f MiB".formatted(idleSpread.median()),
                    idleSpread.median() * 1.048576 < 300);
            report.heading("5. Footprint");
            report.text("""
                    From starting `java %s -jar target/quarkus-app/quarkus-run.jar` to `/q/health/ready` answering UP (polled \
                    every 50 ms). "First start" begins with an empty data directory: it unpacks and initialises PostgreSQL, \
                    migrates the schema and writes the demo municipality; its synthetic answers (about 2,900) and their figures \
                    are written after ready, and "with the demo's answers" is the time until /q/health/well says they are in. \
                    "Restart" starts on the data the first start left. Idle RSS is the service process 10 s after a restart (PostgreSQL's own processes not \
                    included).""".formatted(options.heap()));
            report.table(
                    List.of("", "seconds / MiB"),
                    List.of(
                            List.of("first start to ready", firstSpread.format("%.1f")),
                            List.of(
                                    "first start until the demo's answers are in",
                                    Spread.of(demo).format("%.1f")),
                            List.of("restart to ready", restartSpread.format("%.1f")),
                            List.of("idle RSS of the service (MiB)", idleSpread.format("%.0f"))));
            return kept;
        }

        private static void delete(Path home) throws IOException {
            if (Files.exists(home)) {
                try (var paths = Files.walk(home)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
