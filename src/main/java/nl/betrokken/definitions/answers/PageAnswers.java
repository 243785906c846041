package nl.betrokken.definitions.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;

/**
 * Reads the answers of one page from a submitted form and checks them against the definition:
 * option ids that exist, numbers within bounds, text within its length, required items answered.
 * Values come back as the document stores them; what is wrong comes back per field, with the raw
 * input kept so the page can show it again.
 */
public final class PageAnswers {

    public enum Problem {
        REQUIRED,
        CHOICE,
        NUMBER,
        NUMBER_MIN,
        NUMBER_MAX,
        TOO_LONG
    }

    public record FieldError(String key, Problem problem, String argument) {}

    /** Valid values by answer key (absent = no answer), errors by answer key, and the raw input. */
    public record Result(Map<String, Object> values, Map<String, FieldError> errors, Map<String, List<String>> raw) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private PageAnswers() {}

    /**
     * @param items the page's visible items
     * @param form the submitted fields, by name
     * @param checkRequired false for autosave and language switches, which store what there is
     */
    /**
     * Stored answers in the shape a submitted form has (the reverse of {@link #read}), so a form shows
     * what was given before the same way it shows what was just sent.
     */
    public static Map<String, List<String>> asForm(Map<String, Object> stored) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            if (value != null) {
                form.put(key, text(value));
            }
        });
        return form;
    }

    private static List<String> text(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(Object::toString).toList();
        }
        return List.of(value instanceof BigDecimal number ? number.toPlainString() : value.toString());
    }

    public static Result read(List<Item> items, Map<String, List<String>> form, boolean checkRequired) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, FieldError> errors = new LinkedHashMap<>();
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (Item item : items) {
            for (String key : AnswerKey.of(item)) {
                List<String> input = form.getOrDefault(key, List.of()).stream()
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .toList();
                raw.put(key, input);
                if (input.isEmpty()) {
                    if (checkRequired && item.required()) {
                        errors.put(key, new FieldError(key, Problem.REQUIRED, null));
                    }
                    continue;
                }
                FieldError error = value(item, key, input, values);
                if (error != null) {
                    errors.put(key, error);
                }
            }
        }
        return new Result(values, errors, raw);
    }

    private static FieldError value(Item item, String key, List<String> input, Map<String, Object> values) {
        ItemType type = item.type();
        if (type == ItemType.MULTIPLE_CHOICE) {
            Set<String> picked = new LinkedHashSet<>(input);
            if (!picked.stream().allMatch(id -> item.option(id).isPresent())) {
                return new FieldError(key, Problem.CHOICE, null);
            }
            // in the definition's order, so documents compare equal however the browser sent them
            List<String> ordered = new ArrayList<>();
            for (AnswerOption option : item.allOptions()) {
                if (picked.contains(option.id())) {
                    ordered.add(option.id());
                }
            }
            values.put(key, ordered);
            return null;
        }
        if (input.size() > 1) {
            return new FieldError(key, Problem.CHOICE, null);
        }
        String value = input.get(0);
        if (type.hasOptions()) {
            if (item.option(value).isEmpty()) {
                return new FieldError(key, Problem.CHOICE, null);
            }
            values.put(key, value);
            return null;
        }
        if (type == ItemType.NUMBER) {
            BigDecimal number;
            try {
                number = new BigDecimal(value.replace(',', '.').replace(" ", ""));
            } catch (NumberFormatException e) {
                return new FieldError(key, Problem.NUMBER, null);
            }
            if (number.abs().compareTo(new BigDecimal("1e12")) > 0 || number.scale() > 6) {
                return new FieldError(key, Problem.NUMBER, null);
            }
            if (item.min() != null && number.compareTo(item.min()) < 0) {
                return new FieldError(key, Problem.NUMBER_MIN, item.min().toPlainString());
            }
            if (item.max() != null && number.compareTo(item.max()) > 0) {
                return new FieldError(key, Problem.NUMBER_MAX, item.max().toPlainString());
            }
            BigDecimal normal = number.stripTrailingZeros();
            // 10 must stay "10", not become "1E+1", in the document and in every export
            values.put(key, normal.scale() < 0 ? normal.setScale(0) : normal);
            return null;
        }
        if (value.codePointCount(0, value.length()) > item.maxLength()) {
            return new FieldError(key, Problem.TOO_LONG, Integer.toString(item.maxLength()));
        }
        values.put(key, value);
        return null;
    }
}
