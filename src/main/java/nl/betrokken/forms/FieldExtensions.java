package nl.betrokken.forms;

import io.quarkus.qute.TemplateExtension;
import nl.betrokken.definitions.model.ItemType;

/** Display decisions for the field tag, so the template holds none. */
@TemplateExtension
final class FieldExtensions {

    private FieldExtensions() {}

    /** Answered by picking: radio buttons or check boxes in a fieldset. */
    static boolean choiceLike(Field field) {
        return field.type().hasOptions();
    }

    /** Two answers side by side: yes and no fit on one line. */
    static boolean inline(Field field) {
        return field.type() == ItemType.YES_NO;
    }

    static boolean longText(Field field) {
        return field.type() == ItemType.LONG_TEXT;
    }

    static boolean number(Field field) {
        return field.type() == ItemType.NUMBER;
    }

    /** The element whose text a read-aloud button speaks. */
    static String textId(Field.Input input, Field field) {
        return input.modeLabel() == null ? "t-" + field.domId() : "t-" + input.domId();
    }

    /** The help and error texts a text box points to, or null when there are none. */
    static String describedBy(Field.Input input, Field field) {
        String help = field.help() == null ? null : "help-" + input.domId();
        String error = input.error() == null ? null : input.errorId();
        if (help == null) {
            return error;
        }
        return error == null ? help : help + " " + error;
    }
}
