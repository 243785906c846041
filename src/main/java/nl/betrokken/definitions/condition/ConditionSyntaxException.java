package nl.betrokken.definitions.condition;

/** A show-if expression that does not parse; offset is the 0-based position in the expression. */
public class ConditionSyntaxException extends Exception {

    private final int offset;

    public ConditionSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
