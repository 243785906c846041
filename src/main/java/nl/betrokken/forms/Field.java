package nl.betrokken.forms;

import java.util.List;
import nl.betrokken.definitions.model.ItemType;

/**
 * One question of a definition as a form shows it, every text in one language: the answering
 * pages, the staff questionnaires and the LEA partner forms all draw it with the {@code field} tag.
 * An item answered once has one input; an item with modes has one per mode.
 */
public record Field(String domId, ItemType type, String text, String help, boolean required, List<Input> inputs) {

    /** One answer of the question: a group of choices, or one text or number box. */
    public record Input(
            String name,
            String domId,
            String modeLabel,
            List<Choice> choices,
            String value,
            String error,
            Integer maxLength) {

        public String errorId() {
            return "err-" + domId;
        }
    }

    /**
     * One answer to pick, with what its input element needs from its question and input (the type, the name, the
     * error it points to), so the template's innermost loop reads only the choice: every name a loop looks up in an
     * outer section makes Qute try each of its value resolvers first, and this loop runs for every answer on a page.
     */
    public record Choice(
            String id, String label, boolean checked, String domId, String inputType, String name, String errorId) {}
}
