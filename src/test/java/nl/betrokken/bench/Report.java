package nl.betrokken.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The results: markdown tables that replace the generated part of BENCHMARKS.md (between two
 * marker comments, so the hand-written explanation around them stays), and every raw number in a
 * JSON file next to it.
 */
final class Report {

    static final String START = "<!-- generated results: start -->";
    static final String END = "<!-- generated results: end -->";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final List<String> AREAS =
            List.of("Submissions", "Dashboard", "Export", "Parent", "Start-up", "Idle");

    private final StringBuilder preamble = new StringBuilder();
    /** Sections by title; titles begin with the area's number, so they come out in order whatever ran first. */
    private final TreeMap<String, StringBuilder> sections = new TreeMap<>();

    private StringBuilder markdown = preamble;
    private final ObjectNode raw = JSON.createObjectNode();
    private final List<String[]> targets = new ArrayList<>();

    ObjectNode raw() {
        return raw;
    }

    void heading(String title) {
        markdown = sections.computeIfAbsent(title, t -> new StringBuilder());
    }

    /** Adds a paragraph to the section whose title begins with the given text. */
    void textIn(String titleStart, String text) {
        sections.entrySet().stream()
                .filter(e -> e.getKey().startsWith(titleStart))
                .findFirst()
                .orElseThrow()
                .getValue()
                .append(text)
                .append("\n\n");
    }

    void text(String text) {
        markdown.append(text).append("\n\n");
    }

    void table(List<String> header, List<List<String>> rows) {
        markdown.append("| ").append(String.join(" | ", header)).append(" |\n|");
        markdown.append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            markdown.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        markdown.append('\n');
    }

    /** A target from the issue, what was measured against it, and whether it was met. */
    void target(String target, String measured, boolean met) {
        targets.add(new String[] {target, measured, met ? "met" : "**missed**"});
        raw.withArray("targets")
                .addObject()
                .put("target", target)
                .put("measured", measured)
                .put("met", met);
    }

    /** Rewrites the generated part of the markdown file and the JSON file. */
    void write(Path markdownFile, Path jsonFile) throws IOException {
        StringBuilder generated = new StringBuilder(START).append('\n');
        generated.append('\n').append(preamble);
        generated.append("### Against the targets\n\n| target | measured | |\n|---|---|---|\n");
        targets.stream()
                .sorted(Comparator.comparingInt(Report::area))
                .forEach(target -> generated
                        .append("| ")
                        .append(String.join(" | ", target))
                        .append(" |\n"));
        sections.forEach((title, text) ->
                generated.append("\n### ").append(title).append("\n\n").append(text));
        generated.append(END);
        String existing = Files.exists(markdownFile) ? Files.readString(markdownFile, StandardCharsets.UTF_8) : "";
        int start = existing.indexOf(START);
        int end = existing.indexOf(END);
        String updated = start >= 0 && end > start
                ? existing.substring(0, start) + generated + existing.substring(end + END.length())
                : existing + "\n" + generated + "\n";
        Files.writeString(markdownFile, updated, StandardCharsets.UTF_8);
        Files.writeString(jsonFile, JSON.writeValueAsString(raw) + "\n", StandardCharsets.UTF_8);
    }

    private static int area(String[] target) {
        for (int i = 0; i < AREAS.size(); i++) {
            if (target[0].startsWith(AREAS.get(i))) {
                return i;
            }
        }
        return AREAS.size();
    }

    static String ms(double millis) {
        return millis < 10 ? "%.1f".formatted(millis) : "%.0f".formatted(millis);
    }
}
