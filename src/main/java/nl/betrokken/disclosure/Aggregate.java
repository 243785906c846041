package nl.betrokken.disclosure;

import java.util.List;
import java.util.Map;

/**
 * A published figure's counts for a group of institutions, added up over the institutions whose
 * own cell is shown; the others are left out of it entirely (and counted in {@code leftOut}), so
 * no hidden cell ever enters a total. When {@code withheld} is set, nothing else may be shown.
 *
 * @param counts per answer for an item ('*': answered), or positive and answered for an indicator
 * @param moments per part, the n, sum and sum of squares of a scale
 * @param institutions how many institutions the figure counts
 * @param leftOut institutions in the group with responses whose answers are too few to count
 * @param population the parents (or staff) of the counted institutions, when every one is known
 */
public record Aggregate(
        Withheld withheld,
        Map<String, Long> counts,
        Map<String, double[]> moments,
        int institutions,
        int leftOut,
        Integer population,
        List<Warning> warnings) {

    static Aggregate withheld(Withheld reason, int leftOut) {
        return new Aggregate(reason, Map.of(), Map.of(), 0, leftOut, null, List.of());
    }

    public boolean shown() {
        return withheld == null;
    }

    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** An indicator's respondents with a positive answer. */
    public long positive() {
        return count("positive");
    }

    /** An indicator's respondents who answered it. */
    public long answered() {
        return count("answered");
    }
}
