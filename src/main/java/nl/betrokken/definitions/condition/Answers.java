package nl.betrokken.definitions.condition;

/**
 * The answers given so far, as conditions see them: an option id (String), a number (BigDecimal),
 * the picked option ids of a multiple choice (a Collection of String), open text (String), or null
 * when the item was not answered.
 */
@FunctionalInterface
public interface Answers {

    Object value(String itemId);
}
