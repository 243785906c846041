package nl.betrokken.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.ParentVisit;
import nl.betrokken.testing.http.WebClient;

/**
 * Area 1: complete parent responses over HTTP by N concurrent parents, against the same rows
 * inserted straight into PostgreSQL over JDBC by N connections: the database's own limit.
 */
final class SubmissionBenchmark {

    /**
     * One timed run: responses completed within the time, their rate, latency of whole responses and of
     * single requests; thanked counts also those finished just after the time was up.
     */
    record Run(int clients, double seconds, long completed, long thanked, long failed, double perSecond, double responseP50,
            double responseP99, double requestP50, double requestP99, int answersPerResponse, int requestsPerResponse) {
    }

    private final Bench bench;
    private int requestsPerResponse;

    SubmissionBenchmark(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        Bench.log("submissions: warming up");
        service(8, Duration.ofSeconds(10));
        List<List<String>> rows = new ArrayList<>();
        for (int clients : bench.options().clients()) {
            List<Double> service = new ArrayList<>();
            List<Double> limit = new ArrayList<>();
            List<Double> p50 = new ArrayList<>();
            List<Double> p99 = new ArrayList<>();
            List<Double> requestP50 = new ArrayList<>();
            List<Double> requestP99 = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            List<Double> serviceCpu = new ArrayList<>();
            List<Double> databaseCpu = new ArrayList<>();
            List<Double> clientCpu = new ArrayList<>();
            List<Double> limitDatabaseCpu = new ArrayList<>();
            long failed = 0;
            int answers = 0;
            for (int r = 0; r < bench.options().runs(); r++) {
                long storedBefore = stored();
                Cpu.Seconds before = Cpu.now(bench);
                Run run = service(clients, bench.options().loadDuration());
                Cpu.Seconds used = Cpu.now(bench).minus(before);
                long storedNow = stored();
                if (storedNow - storedBefore != run.thanked()) {
                    throw new IllegalStateException(run.thanked() + " responses thanked but " + (storedNow - storedBefore) + " stored");
                }
                requestsPerResponse = run.requestsPerResponse();
                before = Cpu.now(bench);
                double database = databaseLimit(clients, bench.options().loadDuration());
                Cpu.Seconds limitUsed = Cpu.now(bench).minus(before);
                double perResponse = 1000.0 / run.thanked();
                serviceCpu.add(used.service() * perResponse);
                databaseCpu.add(used.database() * perResponse);
                clientCpu.add(used.client() * perResponse);
                limitDatabaseCpu.add(limitUsed.database() * 1000.0 / (database * bench.options().loadDuration().toSeconds()));
                Bench.log("submissions: %d clients: service %.1f/s (p50 %.0f ms, p99 %.0f ms), database %.0f/s", clients, run.perSecond(),
                        run.responseP50(), run.responseP99(), database);
                service.add(run.perSecond());
                limit.add(database);
                ratio.add(run.perSecond() / database);
                p50.add(run.responseP50());
                p99.add(run.responseP99());
                requestP50.add(run.requestP50());
                requestP99.add(run.requestP99());
                failed += run.failed();
                answers = run.answersPerResponse();
                bench.report().raw().withArray("submissions").addObject().put("clients", clients).put("run", r)
                        .put("serviceResponsesPerSecond", run.perSecond()).put("databaseInsertsPerSecond", database)
                        .put("completed", run.completed()).put("failed", run.failed()).put("responseP50Ms", run.responseP50())
                        .put("responseP99Ms", run.responseP99()).put("requestP50Ms", run.requestP50())
                        .put("requestP99Ms", run.requestP99()).put("answersPerResponse", run.answersPerResponse())
                        .put("serviceCpuMsPerResponse", serviceCpu.get(r)).put("databaseCpuMsPerResponse", databaseCpu.get(r))
                        .put("clientCpuMsPerResponse", clientCpu.get(r)).put("databaseCpuMsPerInsert", limitDatabaseCpu.get(r));
            }
            Latencies.Spread ratioSpread = Latencies.Spread.of(ratio);
            rows.add(List.of(Integer.toString(clients), Latencies.Spread.of(service).format("%.1f"), Latencies.Spread.of(p50).format("%.0f"),
                    Latencies.Spread.of(p99).format("%.0f"), Latencies.Spread.of(requestP50).format("%.1f") + " / "
                            + Latencies.Spread.of(requestP99).format("%.0f"),
                    Latencies.Spread.of(limit).format("%.0f"), ratioSpread.format("%.3f"), Long.toString(failed),
                    "%.1f / %.1f / %.1f".formatted(Latencies.Spread.of(serviceCpu).median(), Latencies.Spread.of(databaseCpu).median(),
                            Latencies.Spread.of(clientCpu).median()),
                    "%.2f".formatted(Latencies.Spread.of(limitDatabaseCpu).median())));
            if (clients == 8) {
                bench.report().target("Submissions: ≥ 25 % of the database's own insert rate at 8 clients",
                        "%.1f %% (%.1f of %.0f per s)".formatted(ratioSpread.median() * 100, Latencies.Spread.of(service).median(),
                                Latencies.Spread.of(limit).median()),
                        ratioSpread.median() >= 0.25);
            }
            bench.report().raw().put("answersPerResponse", answers);
        }
        bench.report().heading("1. Submissions");
        bench.report().text("""
                A complete response is what a parent's phone does from the link to the thank-you page: the landing page, "start", \
                every questionnaire page fetched and sent (%d answers in all), and the thank-you page; %d HTTP requests. Each run \
                lasts %d s per client count. The limit is the same response row (the same answers document, a resume token hash, \
                status sent) inserted by as many JDBC connections, one transaction per row. Every response that was thanked was \
                checked to be stored. CPU time per response is read from /proc for the service's JVM, all PostgreSQL \
                processes and the load client's JVM.""".formatted(bench.report().raw().path("answersPerResponse").asInt(), requestsPerResponse,
                bench.options().loadDuration().toSeconds()));
        bench.report().table(List.of("clients", "responses/s", "response p50 ms", "response p99 ms", "request p50 / p99 ms",
                "database inserts/s", "service ÷ database", "failed", "CPU ms per response: service / PostgreSQL / client",
                "PostgreSQL CPU ms per insert"), rows);
    }

    /** N parents completing responses until the time is up; a response under way at the end is finished but not timed. */
    Run service(int clients, Duration duration) throws InterruptedException {
        List<String> slugs = bench.municipality().loadSlugs();
        Latencies responses = new Latencies();
        Latencies requests = new Latencies();
        AtomicLong thanked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicInteger answers = new AtomicInteger();
        AtomicInteger requestsPerResponse = new AtomicInteger();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(bench.options().seed() + c);
            threads.add(Bench.started(() -> {
                while (System.nanoTime() < deadline) {
                    Latencies own = new Latencies();
                    long begin = System.nanoTime();
                    try {
                        int given = ParentVisit.complete(new WebClient(bench.base(), own), slugs.get(random.nextInt(slugs.size())), random);
                        thanked.incrementAndGet();
                        if (System.nanoTime() <= deadline) {
                            responses.add(Latencies.since(begin));
                            requests.addAll(own);
                            answers.set(given);
                            requestsPerResponse.set(own.count());
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        Bench.log("a response failed: %s", e.getMessage());
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = duration.toNanos() / 1e9;
        return new Run(clients, seconds, responses.count(), thanked.get(), failed.get(), responses.count() / seconds,
                responses.percentileMillis(50), responses.percentileMillis(99), requests.percentileMillis(50),
                requests.percentileMillis(99), answers.get(), requestsPerResponse.get());
    }

    /** Inserts per second of the same rows, by N connections. */
    double databaseLimit(int clients, Duration duration) throws Exception {
        List<Long> waveInstitutions = new ArrayList<>();
        try (Connection db = bench.connect(); var rows = db.createStatement()
                .executeQuery("select id from wave_institution where wave_id = " + bench.municipality().loadWave())) {
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
                try (Connection db = bench.connect(); PreparedStatement insert = db.prepareStatement("""
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
        try (Connection db = bench.connect(); var delete = db.createStatement()) {
            delete.executeUpdate("delete from response where current_page = 'bench-limit'");
            delete.execute("vacuum analyze response");
        }
        return inserted.get() / (duration.toNanos() / 1e9);
    }

    private long stored() throws Exception {
        try (Connection db = bench.connect()) {
            return SyntheticData.single(db, "select count(*) from response r join wave_institution wi on wi.id = r.wave_institution_id"
                    + " where wi.wave_id = " + bench.municipality().loadWave() + " and r.status = 'SUBMITTED'");
        }
    }
}
