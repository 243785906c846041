package nl.betrokken.definitions.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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

    /**
     * Whether this indicator of {@code mine} is counted the same way as {@code other} of {@code theirs}
     * (another version of the questionnaire): the same items, each with the same type and answers, the
     * same positive answers, rule and mode. Only then do the two waves' figures form one series.
     */
    public boolean countsLike(Indicator other, Questionnaire mine, Questionnaire theirs) {
        if (!id.equals(other.id)
                || !items.equals(other.items)
                || !positive.equals(other.positive)
                || combine != other.combine
                || !Objects.equals(mode, other.mode)) {
            return false;
        }
        return items.stream().allMatch(item -> answers(mine, item).equals(answers(theirs, item)));
    }

    private static List<String> answers(Questionnaire questionnaire, String itemId) {
        return questionnaire
                .item(itemId)
                .map(item -> Stream.concat(
                                Stream.of(item.type().name()),
                                item.allOptions().stream().map(AnswerOption::id))
                        .toList())
                .orElse(List.of());
    }

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
