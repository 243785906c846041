package nl.betrokken.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.WebClient;

/**
 * Area 6: a parent's page while 32 clients send wrong passwords with HTTP Basic as fast as they get
 * answers, each with a username of its own. The service runs with Basic switched on (the setting for
 * old scripts) and without a per-address limit (as if the guesses came from many addresses), so
 * every guess reaches a password check: the worst case for the bounded password-check pool.
 */
final class LoginStormBenchmark {

    /** What the benchmark service is started with, so the storm is the worst case described above. */
    static final Map<String, String> SERVICE_SETTINGS = Map.of(
            "BETROKKEN_SECURITY_API_BASIC_AUTH", "true", "BETROKKEN_SECURITY_MAX_FAILURES_PER_CLIENT", "1000000000");

    private static final int PROBES = 200;
    private static final int CLIENTS = 32;

    private final Bench bench;

    LoginStormBenchmark(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        String slug = bench.municipality().loadSlugs().get(0);
        WebClient parent = new WebClient(bench.base(), new Latencies());
        String page = "/s/" + slug;
        for (int i = 0; i < 20; i++) {
            parent.timeToFirstByte(page);
        }
        Latencies idle = probe(parent, page);
        Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService storm = Executors.newFixedThreadPool(CLIENTS);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            storm.submit(() -> {
                long n = 0;
                while (running.get()) {
                    String credentials = "guess-" + client + "-" + n++ + "@example.test:wrong-password-" + n;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(bench.base() + "/api/me"))
                            .timeout(Duration.ofSeconds(30))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                            .GET()
                            .build();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    } catch (Exception e) {
                        answers.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
                    }
                }
                return null;
            });
        }
        Thread.sleep(3000);
        Latencies stormed = probe(parent, page);
        running.set(false);
        storm.shutdown();
        storm.awaitTermination(60, TimeUnit.SECONDS);
        double seconds = Latencies.since(started) / 1e9;
        long refused = count(answers, 401);
        long busy = count(answers, 429) + count(answers, 503);

        double idleP99 = idle.percentileMillis(99);
        double stormP99 = stormed.percentileMillis(99);
        Bench.log(
                "login storm: parent page p50 %.1f/%.1f ms, p99 %.1f/%.1f ms idle/storm; %d wrong passwords checked (%.0f/s),"
                        + " %d refused as busy, answers %s",
                idle.percentileMillis(50),
                stormed.percentileMillis(50),
                idleP99,
                stormP99,
                refused,
                refused / seconds,
                busy,
                answers);
        bench.report()
                .raw()
                .putObject("loginStorm")
                .put("idleP50", idle.percentileMillis(50))
                .put("idleP99", idleP99)
                .put("stormP50", stormed.percentileMillis(50))
                .put("stormP99", stormP99)
                .put("checked", refused)
                .put("checkedPerSecond", refused / seconds)
                .put("refusedBusy", busy)
                .put("seconds", seconds);
        bench.report()
                .target(
                        "Parent page under a password storm: p99 within 3× idle",
                        "p99 %s ms against %s ms idle (%.1f×)"
                                .formatted(Report.ms(stormP99), Report.ms(idleP99), stormP99 / idleP99),
                        stormP99 <= 3 * idleP99);
        bench.report().heading("6. Password storm");
        bench.report().text("""
                Time to first byte of a parent's landing page, %d sequential requests, with the service idle and while %d \
                clients send wrong passwords with HTTP Basic as fast as they are answered, each with a new username. For \
                this area the service runs with Basic switched on and without the per-address limit, as if the guesses came \
                from many addresses: every guess reaches the password-check pool (bcrypt, cost 12, on half the cores). \
                From one address, the throttle refuses all but 20 guesses per 15 minutes without hashing anything.""".formatted(PROBES, CLIENTS));
        bench.report()
                .table(
                        List.of("", "p50 ms", "p99 ms"),
                        List.of(
                                List.of("parent page, idle", Report.ms(idle.percentileMillis(50)), Report.ms(idleP99)),
                                List.of(
                                        "parent page, during the storm",
                                        Report.ms(stormed.percentileMillis(50)),
                                        Report.ms(stormP99))));
        bench.report()
                .text("During the storm (%.0f s) %d wrong passwords were checked (%.1f a second) and %d attempts were"
                                .formatted(seconds, refused, refused / seconds, busy)
                        + " refused at once because the pool's queue was full.\n");
    }

    private static long count(Map<Integer, AtomicLong> answers, int status) {
        AtomicLong n = answers.get(status);
        return n == null ? 0 : n.get();
    }

    private Latencies probe(WebClient client, String path) throws Exception {
        Latencies latencies = new Latencies();
        Random pause = new Random(bench.options().seed());
        for (int i = 0; i < PROBES; i++) {
            latencies.add(client.timeToFirstByte(path));
            Thread.sleep(pause.nextInt(50));
        }
        return latencies;
    }
}
