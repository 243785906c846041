package nl.betrokken.bench;

import java.io.OutputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.WebClient;
import org.postgresql.PGConnection;

/**
 * Area 3: the service streaming every response of the largest wave as CSV, its time and the peak
 * resident memory of the service's process meanwhile, against PostgreSQL's own COPY ... TO STDOUT
 * of the same rows (id, school, language, answers), read by the same client.
 */
final class ExportBenchmark {

    private final Bench bench;

    ExportBenchmark(Bench bench) {
        this.bench = bench;
    }

    void run(long responses) throws Exception {
        long wave = bench.municipality().scaleWave();
        WebClient analyst = bench.administrator(new Latencies());
        // rows of answers are only given out for a closed wave
        WebClient.Page closed = analyst.postJson("/api/waves/" + wave + "/close", "{}");
        if (closed.status() != 200) {
            throw new IllegalStateException("closing the wave answered " + closed.status() + ": " + closed.body());
        }
        List<List<String>> rows = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        List<Double> copySeconds = new ArrayList<>();
        List<Double> shuffledSeconds = new ArrayList<>();
        long bytes = 0;
        long copyBytes = 0;
        for (int r = 0; r < bench.options().runs(); r++) {
            double[] wide = export(analyst, "/api/exports/waves/" + wave + "/responses.csv?layout=wide");
            seconds.add(wide[0]);
            peaks.add(wide[1]);
            bytes = (long) wide[2];
            long start = System.nanoTime();
            copyBytes = copy(wave);
            copySeconds.add(Latencies.since(start) / 1e9);
            start = System.nanoTime();
            copy(wave, "hashint8extended(r.id, " + r + ")");
            shuffledSeconds.add(Latencies.since(start) / 1e9);
            Bench.log("export: service %.1f s (peak RSS %.0f MiB), COPY %.1f s", wide[0], wide[1], copySeconds.get(r));
            bench.report()
                    .raw()
                    .withArray("export")
                    .addObject()
                    .put("responses", responses)
                    .put("run", r)
                    .put("layout", "wide")
                    .put("seconds", wide[0])
                    .put("peakRssMiB", wide[1])
                    .put("bytes", bytes)
                    .put("copySeconds", copySeconds.get(r))
                    .put("copyBytes", copyBytes)
                    .put("copyRandomOrderSeconds", shuffledSeconds.get(r));
        }
        Spread time = Spread.of(seconds);
        Spread peak = Spread.of(peaks);
        Spread copy = Spread.of(copySeconds);
        rows.add(List.of(
                "service, wide (a row per response)",
                time.format("%.1f"),
                mb(bytes),
                peak.format("%.0f"),
                "%.1f".formatted(time.median() / copy.median())));
        rows.add(List.of("`COPY (…) TO STDOUT` (csv)", copy.format("%.1f"), mb(copyBytes), "", "1"));
        Spread shuffled = Spread.of(shuffledSeconds);
        rows.add(List.of(
                "the same `COPY` in a random order, as the export sorts its rows",
                shuffled.format("%.1f"),
                mb(copyBytes),
                "",
                "%.1f".formatted(shuffled.median() / copy.median())));
        if (bench.options().longExport()) {
            double[] longLayout = export(analyst, "/api/exports/waves/" + wave + "/responses.csv?layout=long");
            rows.add(List.of(
                    "service, long (a row per answer), one run",
                    "%.1f".formatted(longLayout[0]),
                    mb((long) longLayout[2]),
                    "%.0f".formatted(longLayout[1]),
                    "%.1f".formatted(longLayout[0] / copy.median())));
            bench.report()
                    .raw()
                    .withArray("export")
                    .addObject()
                    .put("responses", responses)
                    .put("layout", "long")
                    .put("seconds", longLayout[0])
                    .put("peakRssMiB", longLayout[1])
                    .put("bytes", (long) longLayout[2]);
        }
        bench.report()
                .target(
                        "Export: %,d responses in under 60 s".formatted(responses),
                        "%.1f s (wide)".formatted(time.median()),
                        time.median() < 60);
        bench.report()
                .target(
                        "Export: the wide CSV of %,d responses in ≤ 2 × PostgreSQL's own COPY".formatted(responses),
                        "%.1f × (%.1f s against %.1f s)"
                                .formatted(time.median() / copy.median(), time.median(), copy.median()),
                        time.median() <= 2 * copy.median());
        bench.report()
                .target("Export: peak RSS under 512 MB", "%.0f MiB".formatted(peak.max()), peak.max() * 1.048576 < 512);
        bench.report().heading("3. Export");
        bench.report().text("""
                Every sent response of the benchmark wave (%,d) streamed as CSV by the service and read to the end by a client \
                in another process; peak RSS is the service process' resident memory, sampled every 50 ms during the export \
                (the service runs with `%s`).""".formatted(responses, bench.options().heap()));
        bench.report().table(List.of("export", "seconds", "size", "peak RSS MiB", "× COPY time"), rows);
    }

    /** Seconds, peak resident MiB of the service, bytes. */
    private double[] export(WebClient client, String path) throws Exception {
        try (Memory.PeakSampler sampler = new Memory.PeakSampler(bench.app().pid())) {
            long start = System.nanoTime();
            long bytes = client.drain(path);
            double seconds = Latencies.since(start) / 1e9;
            sampler.close();
            return new double[] {seconds, sampler.peakMiB(), bytes};
        }
    }

    private long copy(long wave) throws Exception {
        return copy(wave, "r.id");
    }

    private long copy(long wave, String order) throws Exception {
        try (Connection db = bench.connect()) {
            CountingStream out = new CountingStream();
            db.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    copy (select r.id, i.name, r.language, r.answers from response r
                          join wave_institution wi on wi.id = r.wave_institution_id join institution i on i.id = wi.institution_id
                          where wi.wave_id = %d and r.status = 'SUBMITTED' order by %s) to stdout with (format csv, header)""".formatted(wave, order), out);
            return out.bytes;
        }
    }

    private static String mb(long bytes) {
        return "%.0f MB".formatted(bytes / 1e6);
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
