package nl.betrokken.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;

/**
 * What a staff user typed into a form and what was wrong with it, to draw the form again with every
 * value kept and each error next to its field. Values are read as text and converted here, so that a
 * number typed wrongly is an error by its field rather than a 400 page from the framework.
 */
public final class StaffForm {

    /** A link from the error summary at the top of the page to the field it is about. */
    public record ErrorLink(String field, String text) {}

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private String formError;

    public static StaffForm empty() {
        return new StaffForm();
    }

    /** A form of these name-value pairs (a null value is left out). */
    public static StaffForm of(String... namesAndValues) {
        StaffForm form = new StaffForm();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.set(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    public StaffForm set(String field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
        return this;
    }

    /** The form without what was typed into this field (a password is never sent back to the browser). */
    public StaffForm without(String field) {
        values.remove(field);
        return this;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, Object value) {
        return value != null && value.toString().equals(values.get(field));
    }

    /** Whether a list of mixed choices (see {@link #pick}) has this one chosen. */
    public boolean is(String field, String kind, Object id) {
        return id != null && (kind + ":" + id).equals(values.get(field));
    }

    /** The stripped text, or null when nothing was typed. */
    public String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The text in upper case (codes such as BRIN and CBS), or null. */
    public String code(String field) {
        String text = text(field);
        return text == null ? null : text.toUpperCase(Locale.ROOT).replace(" ", "");
    }

    /** The whole number typed, null when nothing was typed; anything else is an error by the field. */
    public Integer integer(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(".", ""));
        } catch (NumberFormatException e) {
            error(field, StaffTexts.of("whole_number"));
            return null;
        }
    }

    /** A date from a date field (2027-03-31) or typed the Dutch way (31-3-2027); null when empty. */
    public LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return text.indexOf('-') == 4 ? LocalDate.parse(text) : LocalDate.parse(text, DUTCH_DATE);
        } catch (DateTimeParseException e) {
            error(field, StaffTexts.of("date_format"));
            return null;
        }
    }

    public Long id(String field) {
        String text = text(field);
        return text == null ? null : idOf(text, field);
    }

    /** One of a list's options, found by the value the form sent; anything else is an error by the field. */
    public <T> T choice(String field, Collection<T> options, Function<T, String> value) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        for (T option : options) {
            if (value.apply(option).equals(text)) {
                return option;
            }
        }
        error(field, StaffTexts.of("choose_from_list"));
        return null;
    }

    /** A choice of a list that mixes kinds ({@code sector:primary}, {@code institution:7}); null when none was chosen. */
    public Pick pick(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon < 1) {
            error(field, StaffTexts.of("choose_from_list"));
            return null;
        }
        return new Pick(this, field, text.substring(0, colon), text.substring(colon + 1));
    }

    /** What {@link #pick} found: the kind of the choice and its value, an id for an organisation. */
    public record Pick(StaffForm form, String field, String kind, String value) {
        public Long id() {
            return form.idOf(value, field);
        }
    }

    private Long idOf(String text, String field) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            error(field, StaffTexts.of("choose_from_list"));
            return null;
        }
    }

    public boolean checked(String field) {
        String value = values.get(field);
        return value != null && !value.isBlank() && !"false".equals(value);
    }

    /** Keeps the first error of a field: it is the one to fix first. */
    public StaffForm error(String field, String text) {
        errors.putIfAbsent(aliases.getOrDefault(field, field), text);
        return this;
    }

    /** Errors the API reports on {@code requestField} stand by this form's {@code formField} (one list for three ids, say). */
    public StaffForm alias(String requestField, String formField) {
        aliases.put(requestField, formField);
        return this;
    }

    public StaffForm refused(InvalidFieldException e) {
        return error(e.field(), StaffTexts.of(e));
    }

    /** A clash with what is stored: by its field where it has one, else above the form. */
    public StaffForm refused(ConflictException e) {
        String text = StaffTexts.of(e);
        e.field().ifPresentOrElse(field -> error(field, text), () -> formError = text);
        return this;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || formError != null;
    }

    public String formError() {
        return formError;
    }

    public List<ErrorLink> errorLinks() {
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach((field, text) -> links.add(new ErrorLink(field, text)));
        return links;
    }
}
