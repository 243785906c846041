package nl.betrokken.common.api;

/** One field of an otherwise well-formed request is wrong in a way only the service can tell. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
