package nl.betrokken.lea;

import java.util.Collection;
import java.util.List;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;

/** Stored answers as people read them. */
final class AnswerTexts {

    private AnswerTexts() {}

    /** An answer as people read it: the text, or the labels of the options picked. */
    static String readable(Questionnaire questionnaire, String key, Object value) {
        if (value == null) {
            return null;
        }
        Item item = questionnaire.item(AnswerKey.itemId(key)).orElse(null);
        if (item == null || item.allOptions().isEmpty()) {
            return value.toString();
        }
        List<String> ids = value instanceof Collection<?> many
                ? many.stream().map(Object::toString).toList()
                : List.of(value.toString());
        return String.join(
                "; ",
                ids.stream()
                        .map(id -> item.option(id)
                                .map(o -> o.label().in(StaffLanguage.CODE))
                                .orElse(id))
                        .toList());
    }
}
