package nl.betrokken.common.api;

/** The object does not exist, or the caller may not know that it does: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super("There is no " + kind + " with id " + id + ".");
    }
}
