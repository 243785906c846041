package nl.betrokken.lea;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.answers.PageAnswers;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.respond.PageViews;

/** Turns definition items and stored or submitted answers into form fields, and answers into readable text. */
final class LeaForms {

    static final String LANGUAGE = "nl";

    private LeaForms() {
    }

    static List<FormItem> fields(String prefix, List<Item> items, Map<String, List<String>> values,
            Map<String, PageAnswers.FieldError> errors) {
        List<FormItem> fields = new ArrayList<>();
        for (Item item : items) {
            for (String key : AnswerKey.of(item)) {
                String domId = prefix + key.replace(':', '-');
                List<String> given = values.getOrDefault(key, List.of());
                List<FormItem.Choice> choices = new ArrayList<>();
                var options = item.allOptions();
                for (int i = 0; i < options.size(); i++) {
                    choices.add(new FormItem.Choice(options.get(i).id(), options.get(i).label().in(LANGUAGE),
                            given.contains(options.get(i).id()), domId + "-" + i));
                }
                PageAnswers.FieldError error = errors.get(key);
                fields.add(new FormItem(key, domId, item.type().code(), item.text().in(LANGUAGE),
                        item.help().isEmpty() ? null : item.help().in(LANGUAGE), item.required(), choices,
                        given.isEmpty() ? "" : given.get(0), error == null ? null : PageViews.problem(error, LANGUAGE),
                        item.maxLength()));
            }
        }
        return fields;
    }

    /** Stored answers in the shape a submitted form has, so one template shows both. */
    static Map<String, List<String>> asForm(Map<String, Object> answers) {
        Map<String, List<String>> form = new java.util.HashMap<>();
        answers.forEach((key, value) -> form.put(key, value instanceof Collection<?> many
                ? many.stream().map(Object::toString).toList() : List.of(value.toString())));
        return form;
    }

    /** An answer as people read it: the text, or the labels of the options picked. */
    static String readable(Questionnaire questionnaire, String key, Object value) {
        if (value == null) {
            return null;
        }
        String itemId = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        Item item = questionnaire.item(itemId).orElse(null);
        if (item == null || item.allOptions().isEmpty()) {
            return value.toString();
        }
        List<String> ids = value instanceof Collection<?> many ? many.stream().map(Object::toString).toList()
                : List.of(value.toString());
        return String.join("; ", ids.stream().map(id -> item.option(id).map(o -> o.label().in(LANGUAGE)).orElse(id)).toList());
    }
}
