package nl.betrokken.common.api;

import java.util.List;
import java.util.Optional;

/**
 * The request is well-formed but clashes with what is stored (a duplicate name, say). As with
 * InvalidFieldException, an optional message key names the Dutch text for the pages.
 */
public class ConflictException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public ConflictException(String message) {
        this(message, (String) null);
    }

    public ConflictException(String message, String messageKey, Object... arguments) {
        this(null, message, messageKey, arguments);
    }

    private ConflictException(String field, String message, String messageKey, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** A clash caused by one field's value (a name or code already taken): a page shows it by that field. */
    public static ConflictException onField(String field, String message, String messageKey, Object... arguments) {
        return new ConflictException(field, message, messageKey, arguments);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Optional<String> messageKey() {
        return Optional.ofNullable(messageKey);
    }

    public List<Object> arguments() {
        return arguments;
    }
}
