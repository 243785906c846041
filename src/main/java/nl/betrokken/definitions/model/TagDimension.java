package nl.betrokken.definitions.model;

import java.util.List;
import java.util.Optional;

/**
 * A key items are tagged with for analysis (school type, theme, form of involvement, level...).
 * When ordered, its values form a ladder from first to last (the school typology needs that).
 */
public record TagDimension(String id, LocalText label, boolean ordered, List<TagValue> values) {

    public record TagValue(String id, LocalText label) {}

    public Optional<TagValue> value(String id) {
        return values.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public int rank(String valueId) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).id().equals(valueId)) {
                return i;
            }
        }
        return -1;
    }
}
