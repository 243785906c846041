package nl.betrokken.common.api;

import java.util.List;
import java.util.Optional;

/**
 * One field of an otherwise well-formed request is wrong in a way only the service can tell. The
 * message is the API's English; a message key, where given, names the text the Dutch pages show
 * (see nl.betrokken.common.web.StaffMessages), so no page has to guess from the English.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidFieldException(String field, String message) {
        this(field, message, (String) null);
    }

    public InvalidFieldException(String field, String message, String messageKey, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public Optional<String> messageKey() {
        return Optional.ofNullable(messageKey);
    }

    public List<Object> arguments() {
        return arguments;
    }
}
