package nl.betrokken.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.betrokken.organisations.Sector;

/**
 * What a row of raw answers may say about who sent it, for the data controller's export of a closed
 * wave. The details that could single someone out are the institution, the week it was sent, the
 * language it was answered in and the background answers. An institution is named only when it has
 * at least the microdata threshold of responses; otherwise its rows carry the sector. Then every
 * combination of details must be shared by at least the figure threshold of rows; rows in smaller
 * combinations lose details one at a time until the rows that share what is left are enough: first
 * the week, then the detail with the most different values among all rows (it singles people out
 * most; a multiple choice of channels, say), and so on; then the institution becomes its sector,
 * then the sector goes too. A detail every row shares (one week, one language) tells nobody apart
 * and stays.
 */
public final class MicrodataRelease {

    /** The details of a row as stored: institution (wave institution), week, language and background answers. */
    public record Details(long waveInstitutionId, String week, String language, List<String> background) {}

    /** What of those details a row carries; null fields are left empty, and so are the background items named. */
    public record Released(String institution, Sector sector, String week, String language, Set<String> droppedItems) {}

    /** How many rows kept everything, lost some details, kept only where they come from, or kept nothing. */
    public record Summary(int everything, int someDetails, int onlyWhere, int nothing) {}

    private record Location(Unit school, Sector sector) {}

    private final List<String> items;
    private final Map<Long, Unit> units = new HashMap<>();
    private final int microdataThreshold;
    private final Released nothing;
    /** Per combination of details only the step it is released at: a million rows may mean many combinations. */
    private final Map<Details, Integer> stepOf = new HashMap<>();

    private final List<Set<Integer>> keptAt = new ArrayList<>();
    private final int[] rowsPerStep;
    private final int detailSteps;

    private MicrodataRelease(List<Unit> units, List<String> items, int microdataThreshold, int detailSteps) {
        units.forEach(u -> this.units.put(u.waveInstitutionId(), u));
        this.items = items;
        this.microdataThreshold = microdataThreshold;
        this.nothing = new Released(null, null, null, null, new LinkedHashSet<>(items));
        this.rowsPerStep = new int[detailSteps + 2];
        this.detailSteps = detailSteps;
    }

    private Location location(Details d) {
        Unit unit = units.get(d.waveInstitutionId());
        return new Location(unit.respondents() >= microdataThreshold ? unit : null, unit.sector());
    }

    /**
     * @param items the ids of the background items, in the order of {@link Details#background()}
     * @param counts how many rows share each combination of details
     * @param threshold the smallest number of rows a combination of released details must describe
     * @param microdataThreshold the responses an institution needs to be named
     */
    public static MicrodataRelease of(
            List<Unit> units, List<String> items, Map<Details, Long> counts, int threshold, int microdataThreshold) {
        List<Integer> order = dropOrder(items.size(), counts.keySet());
        Set<Integer> constant = new LinkedHashSet<>();
        for (int a = 0; a < items.size() + 2; a++) {
            if (!order.contains(a)) {
                constant.add(a);
            }
        }
        int detailSteps = order.size() + 1;
        MicrodataRelease release = new MicrodataRelease(units, items, microdataThreshold, detailSteps);
        for (int step = 0; step < detailSteps + 2; step++) {
            Set<Integer> kept = new LinkedHashSet<>(constant);
            if (step < detailSteps) {
                kept.addAll(order.subList(step, order.size()));
            }
            release.keptAt.add(kept);
        }
        List<Details> remaining = new ArrayList<>(counts.keySet());
        for (int step = 0; step < detailSteps + 2 && !remaining.isEmpty(); step++) {
            Set<Integer> kept = release.keptAt.get(step);
            int where = step;
            Function<Details, Object> key = d -> where < detailSteps
                    ? List.of(release.location(d), values(d, kept))
                    : where == detailSteps ? release.location(d).sector() : "";
            Map<Object, Long> together = new HashMap<>();
            remaining.forEach(d -> together.merge(key.apply(d), counts.get(d), Long::sum));
            List<Details> left = new ArrayList<>();
            for (Details d : remaining) {
                if (together.get(key.apply(d)) >= threshold || step == detailSteps + 1) {
                    release.stepOf.put(d, step);
                    release.rowsPerStep[step] += counts.get(d).intValue();
                } else {
                    left.add(d);
                }
            }
            remaining = left;
        }
        return release;
    }

    /**
     * Attribute 0 is the week, 1 the language, 2 and on the background items. Those that differ between
     * rows go in this order: the week first, then by how many different values they have, most first.
     */
    private static List<Integer> dropOrder(int items, Set<Details> rows) {
        List<Set<Object>> distinct = new ArrayList<>();
        for (int a = 0; a < items + 2; a++) {
            distinct.add(new HashSet<>());
        }
        for (Details d : rows) {
            for (int a = 0; a < items + 2; a++) {
                distinct.get(a).add(value(d, a));
            }
        }
        List<Integer> order = new ArrayList<>();
        if (distinct.get(0).size() > 1) {
            order.add(0);
        }
        List<Integer> rest = new ArrayList<>();
        for (int a = 1; a < items + 2; a++) {
            if (distinct.get(a).size() > 1) {
                rest.add(a);
            }
        }
        rest.sort(Comparator.comparingInt((Integer a) -> distinct.get(a).size())
                .reversed()
                .thenComparing(a -> -a));
        order.addAll(rest);
        return order;
    }

    private static Object value(Details d, int attribute) {
        return switch (attribute) {
            case 0 -> d.week();
            case 1 -> d.language();
            default -> d.background().get(attribute - 2);
        };
    }

    private static List<Object> values(Details d, Set<Integer> kept) {
        List<Object> values = new ArrayList<>();
        kept.stream().sorted().forEach(a -> values.add(value(d, a)));
        return values;
    }

    private Released released(Details d, Location where, Set<Integer> kept, int step) {
        if (step > detailSteps) {
            return nothing;
        }
        Set<String> dropped = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!kept.contains(i + 2)) {
                dropped.add(items.get(i));
            }
        }
        return new Released(
                step < detailSteps && where.school() != null ? where.school().name() : null,
                where.sector(),
                kept.contains(0) ? d.week() : null,
                kept.contains(1) ? d.language() : null,
                dropped);
    }

    /** A row that was not there when the export was planned (none should be: the wave is closed) carries nothing. */
    public Released release(Details details) {
        Integer step = stepOf.get(details);
        return step == null ? nothing : released(details, location(details), keptAt.get(step), step);
    }

    public Summary summary() {
        int some = 0;
        for (int step = 1; step < detailSteps - 1; step++) {
            some += rowsPerStep[step];
        }
        return new Summary(
                rowsPerStep[0],
                some,
                rowsPerStep[detailSteps - 1] + rowsPerStep[detailSteps],
                rowsPerStep[detailSteps + 1]);
    }
}
