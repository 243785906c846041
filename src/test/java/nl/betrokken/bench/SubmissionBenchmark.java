package nl.betrokken.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.ParentVisit;
import nl.betrokken.testing.http.Respondents;
import nl.betrokken.testing.http.WebClient;

/**
 * Area 1: complete parent responses over HTTP by N concurrent parents, against the same rows
 * inserted straight into PostgreSQL over JDBC by N connections: the database's own limit.
 */
final class SubmissionBenchmark {

    /** One timed run at one number of clients: the service, the database's limit, and the CPU each used. */
    record Run(
            double perSecond,
            double responseP50,
            double responseP99,
            double requestP50,
            double requestP99,
            long failed,
            double limitPerSecond,
            double serviceCpuMs,
            double compilerCpuMs,
            double databaseCpuMs,
            double clientCpuMs,
            double limitDatabaseCpuMs,
            Map<String, Latencies> byKind,
            int responses) {

        double ratio() {
            return perSecond / limitPerSecond;
        }
    }

    private final Bench bench;
    private List<List<String>> perKindRows;

    SubmissionBenchmark(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        // one parent first, to learn what a response is made of and to warm up
        Latencies visit = new Latencies();
        int answers = ParentVisit.complete(
                new WebClient(bench.base(), visit),
                bench.municipality().loadSlugs().get(0),
                new Random(bench.options().seed()));
        Bench.log("submissions: warming up");
        load(8, bench.options().warmUp());
        List<List<String>> rows = new ArrayList<>();
        for (int clients : bench.options().clients()) {
            List<Run> runs = new ArrayList<>();
            for (int r = 0; r < bench.options().runs(); r++) {
                Run run = measure(clients);
                runs.add(run);
                Bench.log(
                        "submissions: %d clients: service %.1f/s (p50 %.0f ms, p99 %.0f ms, CPU ms per response %.1f"
                                + " of which JIT %.1f, PostgreSQL %.1f), database %.0f/s",
                        clients,
                        run.perSecond(),
                        run.responseP50(),
                        run.responseP99(),
                        run.serviceCpuMs(),
                        run.compilerCpuMs(),
                        run.databaseCpuMs(),
                        run.limitPerSecond());
                bench.report()
                        .raw()
                        .withArray("submissions")
                        .addObject()
                        .put("clients", clients)
                        .put("run", r)
                        .put("serviceResponsesPerSecond", run.perSecond())
                        .put("databaseInsertsPerSecond", run.limitPerSecond())
                        .put("failed", run.failed())
                        .put("responseP50Ms", run.responseP50())
                        .put("responseP99Ms", run.responseP99())
                        .put("requestP50Ms", run.requestP50())
                        .put("requestP99Ms", run.requestP99())
                        .put("serviceCpuMsPerResponse", run.serviceCpuMs())
                        .put("compilerCpuMsPerResponse", run.compilerCpuMs())
                        .put("databaseCpuMsPerResponse", run.databaseCpuMs())
                        .put("clientCpuMsPerResponse", run.clientCpuMs())
                        .put("databaseCpuMsPerInsert", run.limitDatabaseCpuMs());
            }
            Spread service = Spread.of(runs, Run::perSecond);
            Spread limit = Spread.of(runs, Run::limitPerSecond);
            Spread ratio = Spread.of(runs, Run::ratio);
            rows.add(List.of(
                    Integer.toString(clients),
                    service.format("%.1f"),
                    Spread.of(runs, Run::responseP50).format("%.0f"),
                    Spread.of(runs, Run::responseP99).format("%.0f"),
                    Spread.of(runs, Run::requestP50).format("%.1f") + " / "
                            + Spread.of(runs, Run::requestP99).format("%.0f"),
                    limit.format("%.0f"),
                    ratio.format("%.3f"),
                    Long.toString(runs.stream().mapToLong(Run::failed).sum()),
                    "%.1f (JIT %.1f) / %.1f / %.1f"
                            .formatted(
                                    Spread.of(runs, Run::serviceCpuMs).median(),
                                    Spread.of(runs, Run::compilerCpuMs).median(),
                                    Spread.of(runs, Run::databaseCpuMs).median(),
                                    Spread.of(runs, Run::clientCpuMs).median()),
                    "%.2f".formatted(Spread.of(runs, Run::limitDatabaseCpuMs).median())));
            if (clients == 8) {
                perKind(clients, runs);
                double cpu = Spread.of(runs, Run::serviceCpuMs).median()
                        + Spread.of(runs, Run::databaseCpuMs).median();
                bench.report()
                        .target(
                                "Submissions: ≥ 300 complete responses per second at 8 clients",
                                "%.1f per s".formatted(service.median()),
                                service.median() >= 300);
                bench.report()
                        .target(
                                "Submissions: ≤ 5 ms CPU per complete response, service and PostgreSQL",
                                "%.1f ms (service %.1f, PostgreSQL %.1f)"
                                        .formatted(
                                                cpu,
                                                Spread.of(runs, Run::serviceCpuMs)
                                                        .median(),
                                                Spread.of(runs, Run::databaseCpuMs)
                                                        .median()),
                                cpu <= 5);
                bench.report()
                        .target(
                                "Submissions: ≥ 25 % of the database's own insert rate at 8 clients",
                                "%.1f %% (%.1f of %.0f per s)"
                                        .formatted(ratio.median() * 100, service.median(), limit.median()),
                                ratio.median() >= 0.25);
            }
        }
        List<String> onePageRow = onePage();
        bench.report().raw().put("answersPerResponse", answers).put("requestsPerResponse", visit.count());
        bench.report().heading("1. Submissions");
        bench.report().text("""
                A complete response is what a parent's phone does from the link to the thank-you page: the landing page, "start", \
                every questionnaire page fetched and sent (%d answers in all), and the thank-you page; %d HTTP requests. Each run \
                lasts %d s per client count. The limit is the same response row (the same answers document, a resume token hash, \
                status sent) inserted by as many JDBC connections, one transaction per row. Every response that was thanked was \
                checked to be stored. Before the first run, %d s of 8 parents warm the service up, as a service that runs for days \
                is. CPU time per response is read from /proc for the service's JVM (and apart, for its JIT compiler threads, \
                still compiling in a run this short), all PostgreSQL processes and the load client's JVM.""".formatted(
                        answers,
                        visit.count(),
                        bench.options().loadDuration().toSeconds(),
                        bench.options().warmUp().toSeconds()));
        bench.report()
                .table(
                        List.of(
                                "clients",
                                "responses/s",
                                "response p50 ms",
                                "response p99 ms",
                                "request p50 / p99 ms",
                                "database inserts/s",
                                "service ÷ database",
                                "failed",
                                "CPU ms per response: service (of which its JIT compiler) / PostgreSQL / client",
                                "PostgreSQL CPU ms per insert"),
                        rows);
        bench.report().text("""
                The short parent check (`parent-pulse`, `layout: one-page`: 5 questions and a background question on one page, \
                one send) at 8 clients, the same runs after %d s of its own warm-up; measured apart, not counted for the \
                targets above:""".formatted(ONE_PAGE_WARM_UP.toSeconds()));
        bench.report()
                .table(
                        List.of(
                                "clients",
                                "responses/s",
                                "response p50 ms",
                                "requests per response",
                                "CPU ms per response: service / PostgreSQL"),
                        List.of(onePageRow));
        if (perKindRows != null) {
            bench.report()
                    .text(
                            "Each kind of request at 8 clients, over all runs (a page's own id and the link's slug left out):");
            bench.report().table(List.of("request", "per response", "p50 ms", "p99 ms"), perKindRows);
        }
    }

    private static final Duration ONE_PAGE_WARM_UP = Duration.ofSeconds(20);

    /** 8 parents answering the one-page questionnaire, per run: responses per second and CPU per response. */
    private List<String> onePage() throws Exception {
        List<String> slugs = bench.municipality().onePageSlugs();
        load(8, ONE_PAGE_WARM_UP, slugs);
        List<Double> perSecond = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> service = new ArrayList<>();
        List<Double> database = new ArrayList<>();
        double requestsPerResponse = 0;
        Duration duration = bench.options().loadDuration();
        for (int r = 0; r < bench.options().runs(); r++) {
            Cpu.Seconds before = Cpu.now(bench);
            Respondents parents = load(8, duration, slugs);
            Cpu.Seconds used = Cpu.now(bench).minus(before);
            int thanked = parents.thanked().size();
            perSecond.add(thanked / (duration.toNanos() / 1e9));
            p50.add(parents.responses().percentileMillis(50));
            service.add(used.service() * 1000.0 / thanked);
            database.add(used.database() * 1000.0 / thanked);
            requestsPerResponse = parents.requests().count() / (double) thanked;
            Bench.log(
                    "submissions, one page: %.1f/s, CPU ms per response %.1f service, %.1f PostgreSQL",
                    perSecond.get(r), service.get(r), database.get(r));
            bench.report()
                    .raw()
                    .withArray("submissionsOnePage")
                    .addObject()
                    .put("clients", 8)
                    .put("run", r)
                    .put("serviceResponsesPerSecond", perSecond.get(r))
                    .put("responseP50Ms", p50.get(r))
                    .put("requestsPerResponse", requestsPerResponse)
                    .put("serviceCpuMsPerResponse", service.get(r))
                    .put("databaseCpuMsPerResponse", database.get(r));
        }
        return List.of(
                "8",
                Spread.of(perSecond).format("%.1f"),
                Spread.of(p50).format("%.0f"),
                "%.1f".formatted(requestsPerResponse),
                "%.1f / %.1f"
                        .formatted(
                                Spread.of(service).median(), Spread.of(database).median()));
    }

    /** The service with N parents, then the database's limit with N connections, each with the CPU it took. */
    private Run measure(int clients) throws Exception {
        Duration duration = bench.options().loadDuration();
        Cpu.Seconds before = Cpu.now(bench);
        Respondents parents = load(clients, duration);
        Cpu.Seconds used = Cpu.now(bench).minus(before);
        try (Connection db = bench.connect()) {
            if (parents.storedAsSent(db) != parents.thanked().size()) {
                throw new IllegalStateException(parents.thanked().size() + " responses thanked but only "
                        + parents.storedAsSent(db) + " of them stored");
            }
        }
        before = Cpu.now(bench);
        double limit = databaseLimit(clients, duration);
        Cpu.Seconds limitUsed = Cpu.now(bench).minus(before);
        double seconds = duration.toNanos() / 1e9;
        double msPerResponse = 1000.0 / parents.thanked().size();
        Latencies responses = parents.responses();
        Latencies requests = parents.requests();
        return new Run(
                responses.count() / seconds,
                responses.percentileMillis(50),
                responses.percentileMillis(99),
                requests.percentileMillis(50),
                requests.percentileMillis(99),
                parents.failed(),
                limit,
                used.service() * msPerResponse,
                used.compiler() * msPerResponse,
                used.database() * msPerResponse,
                used.client() * msPerResponse,
                limitUsed.database() * 1000.0 / (limit * seconds),
                requests.byKind(),
                parents.thanked().size());
    }

    /** Per kind of request at one number of clients: how many per complete response, p50 and p99 over all runs. */
    private void perKind(int clients, List<Run> runs) {
        Map<String, Latencies> all = new TreeMap<>();
        int responses = 0;
        for (Run run : runs) {
            run.byKind()
                    .forEach((kind, some) ->
                            all.computeIfAbsent(kind, k -> new Latencies()).addAll(some));
            responses += run.responses();
        }
        List<List<String>> rows = new ArrayList<>();
        for (var kind : all.entrySet()) {
            Latencies some = kind.getValue();
            rows.add(List.of(
                    "`" + kind.getKey() + "`",
                    "%.1f".formatted(some.count() / (double) Math.max(1, responses)),
                    "%.1f".formatted(some.percentileMillis(50)),
                    "%.1f".formatted(some.percentileMillis(99))));
            bench.report()
                    .raw()
                    .withArray("submissionRequests")
                    .addObject()
                    .put("clients", clients)
                    .put("request", kind.getKey())
                    .put("perResponse", some.count() / (double) Math.max(1, responses))
                    .put("p50Ms", some.percentileMillis(50))
                    .put("p99Ms", some.percentileMillis(99));
        }
        perKindRows = rows;
    }

    /** N parents completing responses, one after another, until the time is up. */
    Respondents load(int clients, Duration duration) throws InterruptedException {
        return load(clients, duration, bench.municipality().loadSlugs());
    }

    private Respondents load(int clients, Duration duration, List<String> slugs) throws InterruptedException {
        Respondents parents = new Respondents(List.of(bench.base()), slugs);
        parents.start(clients, duration, 0).await(duration.plusMinutes(1));
        parents.failures().forEach(failure -> Bench.log("a response failed: %s", failure));
        return parents;
    }

    /** Inserts per second of the same rows, by N connections. */
    double databaseLimit(int clients, Duration duration) throws Exception {
        List<Long> waveInstitutions = new ArrayList<>();
        try (Connection db = bench.connect();
                var rows = db.createStatement()
                        .executeQuery("select id from wave_institution where wave_id = "
                                + bench.municipality().loadWave())) {
            while (rows.next()) {
                waveInstitutions.add(rows.getLong(1));
            }
        }
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            documents.add(bench.data().answers("primary"));
        }
        AtomicLong inserted = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Exception> problems = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            threads.add(Bench.started(() -> {
                try (Connection db = bench.connect();
                        PreparedStatement insert = db.prepareStatement("""
                        insert into response (questionnaire_version_id, wave_institution_id, answers, language, status, aggregated,
                                              resume_token_hash, current_page, created_at, updated_at, submitted_at)
                        values (?, ?, ?::jsonb, 'nl', 'SUBMITTED', true, ?, 'bench-limit', date_trunc('hour', now()), date_trunc('hour', now()),
                                date_trunc('hour', now()))""")) {
                    int i = offset;
                    while (System.nanoTime() < deadline) {
                        insert.setLong(1, bench.municipality().versionId());
                        insert.setLong(2, waveInstitutions.get(i % waveInstitutions.size()));
                        insert.setString(3, documents.get(i % documents.size()));
                        insert.setString(4, UUID.randomUUID().toString());
                        insert.executeUpdate();
                        inserted.incrementAndGet();
                        i += clients;
                    }
                } catch (Exception e) {
                    synchronized (problems) {
                        problems.add(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        // the limit's rows would only bloat the table the dashboard and export benchmarks read
        try (Connection db = bench.connect();
                var delete = db.createStatement()) {
            delete.executeUpdate("delete from response where current_page = 'bench-limit'");
            delete.execute("vacuum analyze response");
        }
        return inserted.get() / (duration.toNanos() / 1e9);
    }
}
