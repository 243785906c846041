package nl.betrokken.definitions.answers;

import java.util.ArrayList;
import java.util.List;

import nl.betrokken.definitions.model.Item;

/** Where an answer lives in the document and in the form: the item id, or "id:mode" per mode. */
public final class AnswerKey {

    private AnswerKey() {
    }

    public static List<String> of(Item item) {
        if (!item.twoMode()) {
            return List.of(item.id());
        }
        List<String> keys = new ArrayList<>();
        for (String mode : item.modes()) {
            keys.add(item.id() + ":" + mode);
        }
        return keys;
    }

    public static String of(Item item, String mode) {
        return mode == null ? item.id() : item.id() + ":" + mode;
    }
}
