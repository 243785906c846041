package nl.betrokken.monitor.export;

import java.util.ArrayList;
import java.util.List;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * The columns of a wide export, named so SPSS and R accept them (letters, digits, underscores):
 * one per item and mode, and for a multiple choice one 0/1 column per option. Picked options are
 * coded 1, 2, 3... in the definition's order; the codebook and the SPSS labels say what each means.
 */
final class Variables {

    record Variable(String name, Item item, String mode, AnswerOption option) {

        String key() {
            return AnswerKey.of(item, mode);
        }
    }

    private Variables() {}

    static List<Variable> of(Questionnaire questionnaire) {
        List<Variable> variables = new ArrayList<>();
        questionnaire.items().forEach(item -> {
            for (String mode : item.answerModes()) {
                String base = name(item.id() + (mode == null ? "" : "_" + mode));
                if (item.type() == ItemType.MULTIPLE_CHOICE) {
                    for (AnswerOption option : item.allOptions()) {
                        variables.add(new Variable(base + "__" + name(option.id()), item, mode, option));
                    }
                } else {
                    variables.add(new Variable(base, item, mode, null));
                }
            }
        });
        return variables;
    }

    static String name(String id) {
        String name = id.replace('-', '_').replace(':', '_');
        return Character.isLetter(name.charAt(0)) ? name : "v" + name;
    }

    /** The code of an option: its 1-based place in the item's answers. */
    static int code(Item item, String optionId) {
        List<AnswerOption> options = item.allOptions();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(optionId)) {
                return i + 1;
            }
        }
        return -1;
    }
}
