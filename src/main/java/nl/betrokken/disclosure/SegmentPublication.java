package nl.betrokken.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which segment cells (per channel, per way of answering, per answer to a background question) the final
 * publication of a closed wave may publish. Each family of segments splits an institution's respondents
 * whole, so besides each shown segment being at
 * least the threshold, what they leave over (the institution's figure minus its shown segments) must be
 * nothing or at least the threshold too: otherwise the hidden rest follows by subtraction. The smallest
 * shown segments are hidden until it is. And the split is made only where the institution's own
 * published figure includes every response: when the last few answers stayed out of it (the growth
 * rule), segments that include them would reveal those few by their difference. Published once, after
 * which nothing of the wave changes, so no later reading can be subtracted from them either.
 */
final class SegmentPublication {

    private SegmentPublication() {}

    /** Of the live segment cells, those to publish, given the institutions' published (final) cells. */
    static Map<CellKey, Cell> choose(Map<CellKey, Cell> liveSegments, Map<CellKey, Cell> published, int threshold) {
        record Group(long waveInstitutionId, CellKind kind, String measure, String family) {}
        Map<Group, List<Map.Entry<CellKey, Cell>>> groups = new LinkedHashMap<>();
        for (Map.Entry<CellKey, Cell> entry : liveSegments.entrySet()) {
            CellKey key = entry.getKey();
            int bar = key.measure().indexOf('|');
            Segment segment = new Segment(key.measure().substring(0, bar));
            groups.computeIfAbsent(
                            new Group(
                                    key.waveInstitutionId(),
                                    key.kind(),
                                    key.measure().substring(bar + 1),
                                    segment.family()),
                            g -> new ArrayList<>())
                    .add(entry);
        }
        Map<CellKey, Cell> chosen = new LinkedHashMap<>();
        groups.forEach((group, segments) -> {
            Cell whole = published.get(
                    new CellKey(group.waveInstitutionId(), group.kind().whole(), group.measure()));
            long live = segments.stream().mapToLong(e -> e.getValue().n()).sum();
            if (whole == null || whole.n() < threshold || whole.n() != live) {
                return;
            }
            List<Map.Entry<CellKey, Cell>> shown = new ArrayList<>(segments.stream()
                    .filter(e -> e.getValue().n() >= threshold)
                    .sorted(Comparator.comparingLong(e -> e.getValue().n()))
                    .toList());
            long rest =
                    whole.n() - shown.stream().mapToLong(e -> e.getValue().n()).sum();
            while (!shown.isEmpty() && rest > 0 && rest < threshold) {
                rest += shown.remove(0).getValue().n();
            }
            shown.forEach(e -> chosen.put(e.getKey(), e.getValue()));
        });
        return chosen;
    }
}
