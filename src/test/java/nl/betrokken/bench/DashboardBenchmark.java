package nl.betrokken.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.WebClient;

/**
 * Area 2: the municipality dashboard and the indicator API at growing numbers of stored responses,
 * against the one hand-written query over the raw answers that computes the same indicator figures.
 * Before timing, the naive query's municipality totals must equal the API's, or the comparison
 * would mean nothing.
 */
final class DashboardBenchmark {

    private static final int WARM_UP = 5;
    private static final int REQUESTS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Bench bench;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<String>> loading = new ArrayList<>();
    private final List<List<String>> concurrent = new ArrayList<>();
    /** Analysts loading pages at once at the largest size: what a municipality's LEA meeting morning looks like. */
    static final int ANALYSTS = 16;

    private long stored;

    DashboardBenchmark(Bench bench) {
        this.bench = bench;
    }

    /** Grows the scale wave to the given number of responses, waits until all are counted, then times. */
    void at(long responses) throws Exception {
        long start = System.nanoTime();
        try (Connection db = bench.connect()) {
            bench.data().addResponses(db, bench.municipality(), responses - stored);
        }
        double copySeconds = Latencies.since(start) / 1e9;
        start = System.nanoTime();
        awaitCounted();
        double countSeconds = Latencies.since(start) / 1e9;
        try (Connection db = bench.connect();
                Statement statement = db.createStatement()) {
            // what autovacuum would do soon after a bulk load; the naive query needs the statistics to use the indexes
            statement.execute("vacuum analyze response");
        }
        long added = responses - stored;
        stored = responses;
        Bench.log(
                "dashboard: %d responses stored (copy %.1f s, counted in %.1f s)",
                responses, copySeconds, countSeconds);
        loading.add(List.of(
                "%,d".formatted(responses),
                "%,d".formatted(added),
                "%.1f".formatted(copySeconds),
                "%.1f".formatted(countSeconds),
                "%,.0f".formatted(added / countSeconds)));

        Latencies requests = new Latencies();
        WebClient analyst = bench.administrator(requests);
        long wave = bench.municipality().scaleWave();
        // figures are published, not live: what an analyst does before a meeting, so the new answers count
        start = System.nanoTime();
        WebClient.Page published = analyst.postJson("/api/waves/" + wave + "/publish", "{}");
        if (published.status() != 200) {
            throw new IllegalStateException("publishing answered " + published.status() + ": " + published.body());
        }
        Bench.log(
                "dashboard: published the figures at %d responses in %.2f s: %s",
                responses, Latencies.since(start) / 1e9, published.body());
        String page = "/monitor/municipalities/" + bench.municipality().id() + "?wave=" + wave;
        String api = "/api/analysis/waves/" + wave;
        checkSameFigures(analyst.get(api).body(), wave);

        List<Double> pageP50 = new ArrayList<>();
        List<Double> pageP99 = new ArrayList<>();
        List<Double> apiP50 = new ArrayList<>();
        List<Double> apiP99 = new ArrayList<>();
        List<Double> naive = new ArrayList<>();
        List<Double> computed = new ArrayList<>();
        for (int r = 0; r < bench.options().runs(); r++) {
            computed.add(computedMillis(analyst, page, wave));
            Latencies pageTimes = time(analyst, page);
            Latencies apiTimes = time(analyst, api);
            pageP50.add(pageTimes.percentileMillis(50));
            pageP99.add(pageTimes.percentileMillis(99));
            apiP50.add(apiTimes.percentileMillis(50));
            apiP99.add(apiTimes.percentileMillis(99));
            naive.add(naiveMillis(wave));
            bench.report()
                    .raw()
                    .withArray("dashboard")
                    .addObject()
                    .put("responses", responses)
                    .put("run", r)
                    .put("pageComputedMs", computed.get(r))
                    .put("pageP50Ms", pageP50.get(r))
                    .put("pageP99Ms", pageP99.get(r))
                    .put("apiP50Ms", apiP50.get(r))
                    .put("apiP99Ms", apiP99.get(r))
                    .put("naiveQueryMs", naive.get(r));
        }
        Spread pageSpread = Spread.of(pageP50);
        Spread apiSpread = Spread.of(apiP50);
        Spread naiveSpread = Spread.of(naive);
        double speedup = naiveSpread.median() / apiSpread.median();
        rows.add(List.of(
                "%,d".formatted(responses),
                Spread.of(computed).format("%.0f"),
                pageSpread.format("%.0f"),
                Spread.of(pageP99).format("%.0f"),
                apiSpread.format("%.0f"),
                Spread.of(apiP99).format("%.0f"),
                naiveSpread.format("%.0f"),
                "%.0f×".formatted(speedup)));
        Bench.log(
                "dashboard at %d: page p50 %.0f ms, api p50 %.0f ms, naive %.0f ms",
                responses, pageSpread.median(), apiSpread.median(), naiveSpread.median());
        if (responses == bench.options().scales().get(bench.options().scales().size() - 1)) {
            concurrently(responses, wave);
            bench.report()
                    .target(
                            "Dashboard: p50 under 150 ms at %,d responses".formatted(responses),
                            "page %.0f ms, API %.0f ms".formatted(pageSpread.median(), apiSpread.median()),
                            pageSpread.median() < 150 && apiSpread.median() < 150);
            bench.report()
                    .target(
                            "Dashboard: at least 20× faster than the naive query",
                            "API %.0f× faster (%.0f ms against %.0f ms); page %.0f×"
                                    .formatted(
                                            speedup,
                                            apiSpread.median(),
                                            naiveSpread.median(),
                                            naiveSpread.median() / pageSpread.median()),
                            speedup >= 20);
        }
    }

    /** One load of the page right after a staff request emptied the view memory: the page computed. */
    private static double computedMillis(WebClient analyst, String page, long wave) throws Exception {
        WebClient.Page emptied = analyst.postJson("/api/waves/" + wave + "/publish", "{}");
        if (emptied.status() != 200) {
            throw new IllegalStateException("publishing answered " + emptied.status() + ": " + emptied.body());
        }
        long start = System.nanoTime();
        WebClient.Page loaded = analyst.get(page);
        if (loaded.status() != 200) {
            throw new IllegalStateException("the dashboard answered " + loaded.status());
        }
        return Latencies.since(start) / 1e6;
    }

    void report() {
        bench.report().heading("2. Dashboard");
        bench.report()
                .text("""
                A municipality with %d institutions and one wave of the parent survey. "page" is the full dashboard HTML \
                (`/monitor/municipalities/{id}?wave=`: every indicator with intervals, sectors, charts, targets), "API" is \
                `/api/analysis/waves/{id}` (every indicator overall, per sector and per institution, every item's answer \
                distribution, Cronbach's alpha), each %d sequential requests after %d to warm up, per run. The page is kept in memory between publications \
                and staff changes (`betrokken.monitor.view-memory`), so its p50/p99 are remembered pages; "page computed" is \
                the first load after the memory was emptied (by a staff request), once per run. "naive" is one SQL \
                statement computing every indicator overall, per sector and per institution from the raw JSONB answers; \
                its totals were checked to equal the API's before timing.""".formatted(bench.municipality().scaleInstitutions().size(), REQUESTS, WARM_UP));
        bench.report()
                .table(
                        List.of(
                                "responses",
                                "page computed ms",
                                "page p50 ms",
                                "page p99 ms",
                                "API p50 ms",
                                "API p99 ms",
                                "naive query ms",
                                "API vs naive"),
                        rows);
        bench.report().text("""
                Loading the steps: rows written with COPY (the synthetic-data generator, seeded), then counted into the \
                aggregates by the service's own background counter, the same path a parent's response takes.""");
        bench.report().table(List.of("responses", "added", "COPY s", "counted in s", "counted responses/s"), loading);
        if (!concurrent.isEmpty()) {
            bench.report()
                    .text("""
                    %d analysts at once at the largest size, each loading the municipality's dashboard, a board's view and \
                    a school's report (every board and its first school) in random order without a pause, for %d s per run:""".formatted(ANALYSTS, bench.options().loadDuration().toSeconds()));
            bench.report().table(List.of("page", "p50 ms", "p99 ms"), concurrent);
        }
    }

    /**
     * {@link #ANALYSTS} analysts at once, each loading the dashboard, a board's view and a school's report in a random
     * order without pause, for the load duration, per run; p50 and p99 per kind of page.
     */
    private void concurrently(long responses, long wave) throws Exception {
        List<String> pages = new ArrayList<>();
        pages.add("/monitor/municipalities/" + bench.municipality().id() + "?wave=" + wave);
        try (Connection db = bench.connect();
                Statement s = db.createStatement();
                ResultSet boards =
                        s.executeQuery("select b.id, (select min(i.id) from institution i where i.board_id = b.id)"
                                + " from board b where b.municipality_id = "
                                + bench.municipality().id() + " order by b.id")) {
            while (boards.next()) {
                pages.add("/monitor/boards/" + boards.getLong(1) + "?wave=" + wave);
                pages.add("/monitor/institutions/" + boards.getLong(2) + "?wave=" + wave);
            }
        }
        Map<String, List<Double>> p50 = new TreeMap<>();
        Map<String, List<Double>> p99 = new TreeMap<>();
        for (int r = 0; r < bench.options().runs(); r++) {
            Latencies all = new Latencies();
            List<WebClient> analysts = new ArrayList<>();
            for (int a = 0; a < ANALYSTS; a++) {
                analysts.add(bench.administrator(new Latencies()));
            }
            long deadline = System.nanoTime() + bench.options().loadDuration().toNanos();
            List<Thread> threads = new ArrayList<>();
            List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int a = 0; a < ANALYSTS; a++) {
                WebClient analyst = analysts.get(a);
                Random random = new Random(bench.options().seed() + a + 100L * r);
                threads.add(Bench.started(() -> {
                    Latencies own = new Latencies();
                    try {
                        while (System.nanoTime() < deadline) {
                            String path = pages.get(random.nextInt(pages.size()));
                            long start = System.nanoTime();
                            WebClient.Page page = analyst.get(path);
                            own.add(WebClient.kind("GET", path), Latencies.since(start));
                            if (page.status() != 200) {
                                problems.add(path + " answered " + page.status());
                            }
                        }
                    } catch (Exception e) {
                        problems.add(e.toString());
                    }
                    all.addAll(own);
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.size() + " pages failed, the first: " + problems.get(0));
            }
            for (var kind : all.byKind().entrySet()) {
                p50.computeIfAbsent(kind.getKey(), k -> new ArrayList<>())
                        .add(kind.getValue().percentileMillis(50));
                p99.computeIfAbsent(kind.getKey(), k -> new ArrayList<>())
                        .add(kind.getValue().percentileMillis(99));
                bench.report()
                        .raw()
                        .withArray("dashboardConcurrent")
                        .addObject()
                        .put("responses", responses)
                        .put("analysts", ANALYSTS)
                        .put("run", r)
                        .put("page", kind.getKey())
                        .put("requests", kind.getValue().count())
                        .put("p50Ms", kind.getValue().percentileMillis(50))
                        .put("p99Ms", kind.getValue().percentileMillis(99));
            }
            Bench.log("dashboard: %d analysts at once, run %d: %d pages", ANALYSTS, r, all.count());
        }
        double worstP99 = 0;
        for (String kind : p50.keySet()) {
            Spread high = Spread.of(p99.get(kind));
            worstP99 = Math.max(worstP99, high.median());
            concurrent.add(List.of("`" + kind + "`", Spread.of(p50.get(kind)).format("%.0f"), high.format("%.0f")));
        }
        bench.report()
                .target(
                        "Dashboards: p99 ≤ 150 ms per page type with %d analysts at once, %,d responses"
                                .formatted(ANALYSTS, responses),
                        "worst p99 %.0f ms".formatted(worstP99),
                        worstP99 <= 150);
    }

    private Latencies time(WebClient client, String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            client.get(path);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            WebClient.Page answer = client.get(path);
            latencies.add(Latencies.since(start));
            if (answer.status() != 200) {
                throw new IllegalStateException(path + " answered " + answer.status());
            }
        }
        return latencies;
    }

    private double naiveMillis(long wave) throws Exception {
        String sql = NaiveQuery.sql(bench.data().questionnaire(), wave);
        try (Connection db = bench.connect();
                Statement statement = db.createStatement()) {
            long start = System.nanoTime();
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    rows.getLong(3);
                }
            }
            return Latencies.since(start) / 1e6;
        }
    }

    /**
     * The API's municipality figure of every indicator must equal the naive query's. At small sizes a
     * school may have fewer answers than the threshold: the published total then leaves it out
     * (SECURITY.md, "Totals leave small cells out"), so it may only be smaller, never larger.
     */
    private void checkSameFigures(String apiJson, long wave) throws Exception {
        JsonNode results = JSON.readTree(apiJson);
        List<String> indicators = NaiveQuery.indicatorIds(bench.data().questionnaire());
        try (Connection db = bench.connect();
                Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery(NaiveQuery.sql(bench.data().questionnaire(), wave))) {
            while (rows.next()) {
                if (!rows.getString(1).equals("all")) {
                    continue;
                }
                for (int i = 0; i < indicators.size(); i++) {
                    String id = indicators.get(i);
                    JsonNode overall = null;
                    for (JsonNode indicator : results.path("indicators")) {
                        if (indicator.path("id").asText().equals(id)) {
                            overall = indicator.path("overall");
                        }
                    }
                    long answered = rows.getLong(4 + 2 * i);
                    long positive = rows.getLong(5 + 2 * i);
                    boolean leftOut = overall != null && overall.path("leftOut").asInt(0) > 0;
                    boolean same = overall != null
                            && overall.path("answered").asLong() == answered
                            && overall.path("positive").asLong() == positive;
                    boolean less = overall != null
                            && overall.path("answered").asLong() <= answered
                            && overall.path("positive").asLong() <= positive;
                    if (!(same || leftOut && less)) {
                        throw new IllegalStateException(
                                "indicator " + id + ": naive query " + positive + "/" + answered + ", API " + overall);
                    }
                }
            }
        }
    }

    private void awaitCounted() throws Exception {
        try (Connection db = bench.connect()) {
            while (SyntheticData.single(
                            db,
                            "select count(*) from response where status = 'SUBMITTED' and not aggregated"
                                    + " and wave_institution_id is not null")
                    > 0) {
                Thread.sleep(200);
            }
        }
    }
}
