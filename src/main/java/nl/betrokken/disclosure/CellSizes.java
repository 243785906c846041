package nl.betrokken.disclosure;

import java.util.HashMap;
import java.util.Map;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * The number of respondents a cell is about, the same for publishing and for reading: for an item
 * those who gave an answer other than "don't know" (so a figure never rests on fewer real answers
 * than the threshold), which for an indicator of one item is exactly its "answered"; for an
 * indicator its answered; for a scale those who answered every item of it; for themes the answers coded.
 */
final class CellSizes {

    private final Map<String, String> notApplicableByKey = new HashMap<>();

    CellSizes(Questionnaire questionnaire) {
        questionnaire.items().forEach(item -> {
            for (String key : AnswerKey.of(item)) {
                notApplicableByKey.put(key, notApplicable(item));
            }
        });
    }

    private static String notApplicable(Item item) {
        return item.notApplicable() == null ? null : item.notApplicable().id();
    }

    long of(CellKind kind, String measure, Map<String, Long> counts, Map<String, double[]> moments) {
        if (kind.whole() != kind) {
            return of(kind.whole(), measure.substring(measure.indexOf('|') + 1), counts, moments);
        }
        return switch (kind) {
            case ITEM -> {
                String notApplicable = notApplicableByKey.get(measure);
                yield counts.getOrDefault("*", 0L)
                        - (notApplicable == null ? 0 : counts.getOrDefault(notApplicable, 0L));
            }
            case INDICATOR -> counts.getOrDefault("answered", 0L);
            case THEME -> counts.getOrDefault("*", 0L);
            case SCALE -> {
                double[] total = moments.get("*");
                yield total == null ? 0 : (long) total[0];
            }
            default -> throw new IllegalArgumentException("a segment kind has a whole kind: " + kind);
        };
    }
}
