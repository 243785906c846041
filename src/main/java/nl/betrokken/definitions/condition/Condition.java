package nl.betrokken.definitions.condition;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parsed form of a show-if expression. A comparison with an unanswered item is false (so is
 * its negation with !=); only "is not answered" is true for it.
 */
public sealed interface Condition {

    boolean test(Answers answers);

    /** The item ids this condition reads. */
    Set<String> references();

    record Or(List<Condition> parts) implements Condition {
        public boolean test(Answers answers) {
            return parts.stream().anyMatch(p -> p.test(answers));
        }

        public Set<String> references() {
            return parts.stream().flatMap(p -> p.references().stream()).collect(Collectors.toSet());
        }
    }

    record And(List<Condition> parts) implements Condition {
        public boolean test(Answers answers) {
            return parts.stream().allMatch(p -> p.test(answers));
        }

        public Set<String> references() {
            return parts.stream().flatMap(p -> p.references().stream()).collect(Collectors.toSet());
        }
    }

    record Not(Condition inner) implements Condition {
        public boolean test(Answers answers) {
            return !inner.test(answers);
        }

        public Set<String> references() {
            return inner.references();
        }
    }

    enum Operator {
        EQ("="),
        NE("!="),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        boolean ordering() {
            return this != EQ && this != NE;
        }
    }

    /** A literal on the right-hand side: an option id / text, or a number. */
    record Literal(String text, BigDecimal number, int offset) {
        boolean matches(Object answer) {
            if (answer instanceof BigDecimal value) {
                return number != null && value.compareTo(number) == 0;
            }
            return answer != null && text != null && text.equals(answer.toString());
        }
    }

    record Compare(String item, Operator operator, Literal literal, int offset) implements Condition {
        public boolean test(Answers answers) {
            Object answer = answers.value(item);
            if (answer == null || answer instanceof Collection) {
                return false;
            }
            return switch (operator) {
                case EQ -> literal.matches(answer);
                case NE -> !literal.matches(answer);
                default ->
                    answer instanceof BigDecimal value
                            && literal.number() != null
                            && ordered(value.compareTo(literal.number()));
            };
        }

        private boolean ordered(int comparison) {
            return switch (operator) {
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
                default -> false;
            };
        }

        public Set<String> references() {
            return Set.of(item);
        }
    }

    record In(String item, List<Literal> literals, int offset) implements Condition {
        public boolean test(Answers answers) {
            Object answer = answers.value(item);
            return answer != null
                    && !(answer instanceof Collection)
                    && literals.stream().anyMatch(l -> l.matches(answer));
        }

        public Set<String> references() {
            return Set.of(item);
        }
    }

    record Contains(String item, Literal literal, int offset) implements Condition {
        public boolean test(Answers answers) {
            return answers.value(item) instanceof Collection<?> picked
                    && picked.stream().anyMatch(p -> p.toString().equals(literal.text()));
        }

        public Set<String> references() {
            return Set.of(item);
        }
    }

    record Answered(String item, boolean expected, int offset) implements Condition {
        public boolean test(Answers answers) {
            Object answer = answers.value(item);
            boolean answered = answer != null
                    && !(answer instanceof Collection<?> c && c.isEmpty())
                    && !(answer instanceof String s && s.isBlank());
            return answered == expected;
        }

        public Set<String> references() {
            return Set.of(item);
        }
    }
}
