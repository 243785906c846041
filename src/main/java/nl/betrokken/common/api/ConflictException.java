package nl.betrokken.common.api;

/** The request is well-formed but clashes with what is stored (a duplicate name, say). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
