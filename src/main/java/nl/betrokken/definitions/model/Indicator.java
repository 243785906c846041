package nl.betrokken.definitions.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What targets and dashboards count: the share of respondents whose answers are "positive". With
 * more than one item, {@link Combine} says when a respondent counts as positive.
 */
public record Indicator(
        String id,
        LocalText label,
        LocalText description,
        List<String> items,
        Set<String> positive,
        Combine combine,
        String mode) {

    public enum Combine {
        /** Every answered item is positive. */
        ALL("all"),
        /** At least one answered item is positive. */
        ANY("any"),
        /** More than half of the answered items are positive. */
        MAJORITY("majority");

        private final String code;

        Combine(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }

        public static Optional<Combine> byCode(String code) {
            return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
        }
    }
}
