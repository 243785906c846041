package nl.betrokken.testing.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A parent answering the questionnaire behind an open link from start to "thank you", reading each
 * page's form the way a browser without JavaScript would: every radio group answered, some boxes
 * ticked, now and then a remark, then "next" until "send".
 */
public final class ParentVisit {

    private static final int MAX_PAGES = 40;

    private ParentVisit() {}

    /** Completes one response; returns how many answers were given. */
    public static int complete(WebClient web, String slug, Random random) throws IOException, InterruptedException {
        return complete(web, slug, random, 0);
    }

    /**
     * Completes one response, pausing before each page is sent for up to twice the given thinking
     * time (a person reading); returns how many answers were given.
     */
    public static int complete(WebClient web, String slug, Random random, long thinkMillis)
            throws IOException, InterruptedException {
        WebClient.Page page = start(web, slug);
        int answers = 0;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            expect(page, 200, "a questionnaire page");
            if (page.path().endsWith("/thanks")) {
                return answers;
            }
            Answered answered = answer(page, random);
            answers += answered.answers();
            if (thinkMillis > 0) {
                Thread.sleep((long) (random.nextDouble() * 2 * thinkMillis));
            }
            page = web.post(answered.action(), answered.fields());
            if (page.path().equals(answered.action())) {
                throw new IllegalStateException("the page refused the answers (" + page.status() + "): "
                        + page.document().select("[role=alert]").text());
            }
        }
        throw new IllegalStateException("no thank-you page after " + MAX_PAGES + " pages");
    }

    /** Opens the link and presses "start"; returns the first questionnaire page. */
    public static WebClient.Page start(WebClient web, String slug) throws IOException, InterruptedException {
        WebClient.Page page = web.get("/s/" + slug);
        expect(page, 200, "the landing page");
        Element start = page.document().selectFirst("form[action$=/start]");
        if (start == null) {
            throw new IllegalStateException("no start form on /s/" + slug);
        }
        return web.post(start.attr("action"), hiddenFields(start));
    }

    /** A page's form filled in: where it goes, every field to send (with "next" or "send"), and how many answers. */
    public record Answered(String action, List<Map.Entry<String, String>> fields, int answers) {}

    public static Answered answer(WebClient.Page page, Random random) {
        Document document = page.document();
        Element form = document.select("form").stream()
                .filter(f -> !f.select("button[name=action][value=next], button[name=action][value=submit]")
                        .isEmpty())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no questionnaire form on " + page.path()));
        List<Map.Entry<String, String>> fields = hiddenFields(form);
        int answers = answer(form, fields, random);
        boolean last = !form.select("button[name=action][value=submit]").isEmpty();
        fields.add(Map.entry("action", last ? "submit" : "next"));
        return new Answered(form.attr("action"), fields, answers);
    }

    private static int answer(Element form, List<Map.Entry<String, String>> fields, Random random) {
        int answers = 0;
        Map<String, List<String>> radios = new LinkedHashMap<>();
        for (Element radio : form.select("input[type=radio]")) {
            radios.computeIfAbsent(radio.attr("name"), name -> new ArrayList<>())
                    .add(radio.val());
        }
        for (Map.Entry<String, List<String>> group : radios.entrySet()) {
            List<String> options = group.getValue();
            // lean to the positive end of a scale, as most parents do
            int index = (int) Math.min(options.size() - 1, Math.floor(Math.sqrt(random.nextDouble()) * options.size()));
            fields.add(Map.entry(group.getKey(), options.get(index)));
            answers++;
        }
        Map<String, Boolean> ticked = new LinkedHashMap<>();
        for (Element box : form.select("input[type=checkbox]")) {
            if (random.nextDouble() < 0.35) {
                fields.add(Map.entry(box.attr("name"), box.val()));
                ticked.put(box.attr("name"), true);
            }
        }
        answers += ticked.size();
        Elements texts = form.select("textarea, input[type=text]");
        for (Element text : texts) {
            if (random.nextDouble() < 0.2) {
                fields.add(Map.entry(text.attr("name"), "Fijne school, de juf is goed bereikbaar."));
                answers++;
            }
        }
        return answers;
    }

    private static List<Map.Entry<String, String>> hiddenFields(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element hidden : form.select("input[type=hidden]")) {
            fields.add(Map.entry(hidden.attr("name"), hidden.val()));
        }
        return fields;
    }

    private static void expect(WebClient.Page page, int status, String what) {
        if (page.status() != status) {
            throw new IllegalStateException(what + " answered " + page.status() + " at " + page.path());
        }
    }
}
