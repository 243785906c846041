package nl.betrokken.respond.paper;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A paper form's answers as JSON: by answer key, an option id, a list of option ids (multiple
 * choice), a number or a text; null or absent for a question left empty.
 */
public record PaperAnswersRequest(Map<String, Object> answers) {

    /** The answers in the shape a submitted form has, so they are checked exactly as the entry page's are. */
    Map<String, List<String>> asForm() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (answers == null) {
            return form;
        }
        answers.forEach((key, value) -> {
            if (value instanceof Collection<?> many) {
                form.put(key, many.stream().map(PaperAnswersRequest::text).toList());
            } else if (value != null) {
                form.put(key, List.of(text(value)));
            }
        });
        return form;
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return String.valueOf(value);
    }
}
