package nl.betrokken.definitions.answers;

import java.util.List;
import nl.betrokken.definitions.model.Item;

/** Where an answer lives in the document and in the form: the item id, or "id:mode" per mode. */
public final class AnswerKey {

    private AnswerKey() {}

    private static final char SEPARATOR = ':';

    public static List<String> of(Item item) {
        return item.answerModes().stream().map(mode -> of(item, mode)).toList();
    }

    public static String of(Item item, String mode) {
        return of(item.id(), mode);
    }

    public static String of(String itemId, String mode) {
        return mode == null ? itemId : itemId + SEPARATOR + mode;
    }

    public static String itemId(String key) {
        int separator = key.indexOf(SEPARATOR);
        return separator < 0 ? key : key.substring(0, separator);
    }

    /** The mode a key is for, or null when its item is answered once. */
    public static String mode(String key) {
        int separator = key.indexOf(SEPARATOR);
        return separator < 0 ? null : key.substring(separator + 1);
    }
}
