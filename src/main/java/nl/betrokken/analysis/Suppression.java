package nl.betrokken.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression. Groups with fewer people than the threshold are hidden. Then, in every
 * breakdown whose total is shown (a sector and its institutions, everything and its sectors), a
 * lone hidden group would be given away by subtraction, so the smallest other group of that
 * breakdown is hidden with it; finest breakdowns first, repeated until nothing changes.
 */
final class Suppression {

    private Suppression() {
    }

    /** One breakdown: the groups it consists of, and whether its total is shown. */
    record Container<K>(Collection<K> members, boolean totalShown) {
    }

    static <K> Set<K> hidden(Map<K, Long> sizes, long threshold, boolean totalShown) {
        return hidden(sizes, threshold, List.of(new Container<>(sizes.keySet(), totalShown)));
    }

    static <K> Set<K> hidden(Map<K, Long> sizes, long threshold, List<Container<K>> containers) {
        Set<K> hidden = new HashSet<>();
        sizes.forEach((group, n) -> {
            if (n > 0 && n < threshold) {
                hidden.add(group);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Container<K> container : containers) {
                if (!container.totalShown()) {
                    continue;
                }
                long hiddenHere = container.members().stream().filter(hidden::contains).count();
                if (hiddenHere == 1) {
                    var next = container.members().stream()
                            .filter(g -> !hidden.contains(g) && sizes.getOrDefault(g, 0L) > 0)
                            .min(Comparator.comparingLong(g -> sizes.getOrDefault(g, 0L)));
                    if (next.isPresent()) {
                        hidden.add(next.get());
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }
}
