package nl.betrokken.definitions.condition;

import com.fasterxml.jackson.annotation.JsonValue;

/** A condition with the expression it was written as (shown back to authors and in the API). */
public record ShowIf(String expression, Condition condition) {

    public boolean test(Answers answers) {
        return condition.test(answers);
    }

    @JsonValue
    public String json() {
        return expression;
    }
}
