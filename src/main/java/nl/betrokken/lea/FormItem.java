package nl.betrokken.lea;

import java.util.List;

/** One question of a definition as an editable form field on the LEA pages, in Dutch. */
public record FormItem(String name, String domId, String type, String text, String help, boolean required,
        List<Choice> choices, String value, String error, Integer maxLength) {

    public record Choice(String id, String label, boolean checked, String domId) {
    }

    public boolean choiceLike() {
        return !choices.isEmpty();
    }

    public boolean multiple() {
        return "multiple-choice".equals(type);
    }

    public String errorId() {
        return "err-" + domId;
    }

    /** A link from the error summary to the field. */
    public String anchor() {
        return "#" + (choices.isEmpty() ? domId : choices.get(0).domId());
    }
}
