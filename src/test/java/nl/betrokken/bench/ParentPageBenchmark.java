package nl.betrokken.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.betrokken.testing.http.Latencies;
import nl.betrokken.testing.http.ParentVisit;
import nl.betrokken.testing.http.Respondents;
import nl.betrokken.testing.http.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Area 4: what a parent's phone downloads to see the first questions (landing page, first
 * questionnaire page and every stylesheet, script and image they use, compressed as the server
 * sends them to a browser that accepts gzip), and how fast the first byte comes, idle and while
 * 32 other parents are answering.
 */
final class ParentPageBenchmark {

    private static final int PROBES = 200;

    private final Bench bench;

    ParentPageBenchmark(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        String slug = bench.municipality().loadSlugs().get(0);
        WebClient parent = new WebClient(bench.base(), new Latencies());
        WebClient.Page landing = parent.get("/s/" + slug);
        WebClient.Page first = ParentVisit.start(parent, slug);

        List<WebClient.Transfer> transfers = new ArrayList<>();
        transfers.add(parent.transfer(landing.path()));
        transfers.add(parent.transfer(first.path()));
        Set<String> assets = new LinkedHashSet<>();
        assets.addAll(assets(landing.document()));
        assets.addAll(assets(first.document()));
        for (String asset : assets) {
            transfers.add(parent.transfer(asset));
        }
        long total = transfers.stream().mapToLong(WebClient.Transfer::wireBytes).sum();
        long firstPage = total - transfers.get(0).wireBytes();
        List<List<String>> rows = new ArrayList<>();
        for (WebClient.Transfer t : transfers) {
            rows.add(List.of(
                    "`" + t.path().replace(slug, "{link}").replaceAll("\\?.*", "") + "`",
                    t.encoding(),
                    kb(t.wireBytes()),
                    kb(t.bytes())));
            bench.report()
                    .raw()
                    .withArray("parentPage")
                    .addObject()
                    .put("path", t.path().replace(slug, "{link}"))
                    .put("encoding", t.encoding())
                    .put("wireBytes", t.wireBytes())
                    .put("bytes", t.bytes());
        }
        rows.add(List.of(
                "**landing + first page + assets**",
                "",
                "**" + kb(total) + "**",
                kb(transfers.stream().mapToLong(WebClient.Transfer::bytes).sum())));
        bench.report()
                .target(
                        "Parent page: under 10 KB transferred, with the landing page (since issue 19; was 50 KB)",
                        "%s for the first questionnaire page with its assets, %s with the landing page"
                                .formatted(kb(firstPage), kb(total)),
                        total < 10 * 1024);

        String firstPath = first.path();
        Latencies idleLanding = probe(parent, "/s/" + slug, false);
        Latencies idlePage = probe(parent, firstPath, false);
        Latencies busyLanding = probe(parent, "/s/" + slug, true);
        Latencies busyPage = probe(parent, firstPath, true);
        List<List<String>> ttfb = List.of(
                List.of(
                        "landing page",
                        Report.ms(idleLanding.percentileMillis(50)),
                        Report.ms(idleLanding.percentileMillis(99)),
                        Report.ms(busyLanding.percentileMillis(50)),
                        Report.ms(busyLanding.percentileMillis(99))),
                List.of(
                        "first questionnaire page",
                        Report.ms(idlePage.percentileMillis(50)),
                        Report.ms(idlePage.percentileMillis(99)),
                        Report.ms(busyPage.percentileMillis(50)),
                        Report.ms(busyPage.percentileMillis(99))));
        bench.report()
                .raw()
                .putObject("timeToFirstByteMs")
                .put("landingIdleP50", idleLanding.percentileMillis(50))
                .put("landingIdleP99", idleLanding.percentileMillis(99))
                .put("landingLoadedP50", busyLanding.percentileMillis(50))
                .put("landingLoadedP99", busyLanding.percentileMillis(99))
                .put("pageIdleP50", idlePage.percentileMillis(50))
                .put("pageIdleP99", idlePage.percentileMillis(99))
                .put("pageLoadedP50", busyPage.percentileMillis(50))
                .put("pageLoadedP99", busyPage.percentileMillis(99));

        bench.report().heading("4. Parent page");
        bench.report().text("""
                Bytes on the wire (body as sent with `Accept-Encoding: gzip, deflate, br`, plus response headers) for what a phone \
                loads to see the first questions; assets are counted once, as a browser caches them.""");
        bench.report().table(List.of("resource", "encoding", "transferred", "unpacked"), rows);
        bench.report().text("""
                Time to first byte, %d sequential requests each, with the service idle and while 32 parents complete responses \
                (the 32-client load of area 1) on the same two cores.""".formatted(PROBES));
        bench.report()
                .table(List.of("page", "idle p50 ms", "idle p99 ms", "under load p50 ms", "under load p99 ms"), ttfb);
    }

    /** Sequential requests to one page; when loaded, 32 parents answer meanwhile. */
    private Latencies probe(WebClient client, String path, boolean loaded) throws Exception {
        Respondents.Running load = null;
        if (loaded) {
            load = new Respondents(List.of(bench.base()), bench.municipality().loadSlugs())
                    .start(32, Duration.ofSeconds(60), 0);
            Thread.sleep(3000);
        }
        Latencies latencies = new Latencies();
        Random pause = new Random(bench.options().seed());
        for (int i = 0; i < PROBES; i++) {
            latencies.add(client.timeToFirstByte(path));
            if (loaded) {
                Thread.sleep(pause.nextInt(50));
            }
        }
        if (load != null) {
            load.stop();
            load.await(Duration.ofSeconds(30));
        }
        return latencies;
    }

    private static List<String> assets(Document page) {
        List<String> assets = new ArrayList<>();
        for (Element e : page.select("link[rel~=stylesheet|icon|manifest][href], script[src], img[src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (url.startsWith("/") && !url.startsWith("//")) {
                assets.add(url);
            }
        }
        return assets;
    }

    static String kb(long bytes) {
        return "%.1f KB".formatted(bytes / 1024.0);
    }
}
