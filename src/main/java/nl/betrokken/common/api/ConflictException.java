package nl.betrokken.common.api;

import java.util.List;
import java.util.Optional;

/**
 * The request is well-formed but clashes with what is stored (a duplicate name, say). As with
 * InvalidFieldException, an optional message key names the Dutch text for the pages.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public ConflictException(String message) {
        this(message, (String) null);
    }

    public ConflictException(String message, String messageKey, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public Optional<String> messageKey() {
        return Optional.ofNullable(messageKey);
    }

    public List<Object> arguments() {
        return arguments;
    }
}
