package nl.betrokken.definitions.condition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses show-if expressions. The language, in full:
 *
 * <pre>
 * expression := and ( "or" and )*
 * and        := unary ( "and" unary )*
 * unary      := "not" unary | "(" expression ")" | test
 * test       := item ( "=" | "!=" ) value
 *             | item ( "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ) number
 *             | item "in" "(" value ( "," value )* ")"
 *             | item "contains" value
 *             | item "is" [ "not" ] "answered"
 * value      := number | 'quoted text' | option-id
 * </pre>
 */
public final class ConditionParser {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "contains", "is", "answered");

    private final List<Token> tokens;
    private int position;

    private ConditionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static ShowIf parse(String expression) throws ConditionSyntaxException {
        ConditionParser parser = new ConditionParser(tokenize(expression));
        if (parser.tokens.size() == 1) {
            throw new ConditionSyntaxException("the condition is empty", 0);
        }
        Condition condition = parser.expression();
        Token rest = parser.peek();
        if (rest.kind != Kind.END) {
            throw new ConditionSyntaxException(
                    "unexpected '" + rest.text + "'; join tests with 'and' or 'or'", rest.offset);
        }
        return new ShowIf(expression.strip(), condition);
    }

    private Condition expression() throws ConditionSyntaxException {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        while (acceptWord("or")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Or(List.copyOf(parts));
    }

    private Condition and() throws ConditionSyntaxException {
        List<Condition> parts = new ArrayList<>();
        parts.add(unary());
        while (acceptWord("and")) {
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.And(List.copyOf(parts));
    }

    private Condition unary() throws ConditionSyntaxException {
        if (acceptWord("not")) {
            return new Condition.Not(unary());
        }
        if (accept(Kind.OPEN)) {
            Condition inner = expression();
            expect(Kind.CLOSE, "a closing ')'");
            return inner;
        }
        return test();
    }

    private Condition test() throws ConditionSyntaxException {
        Token item = peek();
        if (item.kind != Kind.WORD || KEYWORDS.contains(item.text)) {
            throw new ConditionSyntaxException(describe(item) + " where an item id was expected", item.offset);
        }
        position++;
        Token next = peek();
        if (next.kind == Kind.OPERATOR) {
            position++;
            Condition.Operator operator = operator(next);
            Condition.Literal literal = value();
            if (operator.ordering() && literal.number() == null) {
                throw new ConditionSyntaxException(
                        "'" + next.text + "' compares numbers; '" + literal.text() + "' is not a number",
                        literal.offset());
            }
            return new Condition.Compare(item.text, operator, literal, item.offset);
        }
        if (acceptWord("in")) {
            expect(Kind.OPEN, "'(' after 'in'");
            List<Condition.Literal> values = new ArrayList<>();
            values.add(value());
            while (accept(Kind.COMMA)) {
                values.add(value());
            }
            expect(Kind.CLOSE, "a closing ')' after the list of values");
            return new Condition.In(item.text, List.copyOf(values), item.offset);
        }
        if (acceptWord("contains")) {
            return new Condition.Contains(item.text, value(), item.offset);
        }
        if (acceptWord("is")) {
            boolean negated = acceptWord("not");
            if (!acceptWord("answered")) {
                throw new ConditionSyntaxException(
                        "expected 'answered' after 'is" + (negated ? " not" : "") + "'", peek().offset);
            }
            return new Condition.Answered(item.text, !negated, item.offset);
        }
        throw new ConditionSyntaxException(
                describe(next) + " after '" + item.text
                        + "'; expected =, !=, <, <=, >, >=, in, contains or is answered",
                next.offset);
    }

    private Condition.Literal value() throws ConditionSyntaxException {
        Token token = peek();
        position++;
        return switch (token.kind) {
            case NUMBER -> new Condition.Literal(token.text, new BigDecimal(token.text), token.offset);
            case STRING -> new Condition.Literal(token.text, null, token.offset);
            case WORD -> {
                if (KEYWORDS.contains(token.text)) {
                    throw new ConditionSyntaxException(
                            "'" + token.text + "' is a keyword; put a value in quotes", token.offset);
                }
                yield new Condition.Literal(token.text, null, token.offset);
            }
            default ->
                throw new ConditionSyntaxException(describe(token) + " where a value was expected", token.offset);
        };
    }

    private static Condition.Operator operator(Token token) {
        for (Condition.Operator operator : Condition.Operator.values()) {
            if (operator.symbol.equals(token.text)) {
                return operator;
            }
        }
        throw new IllegalStateException(token.text);
    }

    private boolean acceptWord(String word) {
        Token token = peek();
        if (token.kind == Kind.WORD && token.text.equals(word)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean accept(Kind kind) {
        if (peek().kind == kind) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, String what) throws ConditionSyntaxException {
        Token token = peek();
        if (token.kind != kind) {
            throw new ConditionSyntaxException("expected " + what + " but found " + describe(token), token.offset);
        }
        position++;
    }

    private Token peek() {
        return tokens.get(position);
    }

    private String describe(Token token) {
        return token.kind == Kind.END ? "the end of the condition" : "'" + token.text + "'";
    }

    // --- tokens

    private enum Kind {
        WORD,
        NUMBER,
        STRING,
        OPERATOR,
        OPEN,
        CLOSE,
        COMMA,
        END
    }

    private record Token(Kind kind, String text, int offset) {}

    private static List<Token> tokenize(String source) throws ConditionSyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, "(", i++));
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, ")", i++));
            } else if (c == ',') {
                tokens.add(new Token(Kind.COMMA, ",", i++));
            } else if (c == '=' || c == '!' || c == '<' || c == '>') {
                int start = i;
                i++;
                if (i < source.length() && source.charAt(i) == '=') {
                    i++;
                } else if (c == '!') {
                    throw new ConditionSyntaxException("'!' must be followed by '=' (write != for 'not equal')", start);
                }
                String op = source.substring(start, i);
                if (op.equals("==")) {
                    throw new ConditionSyntaxException("write a single '=' to compare", start);
                }
                tokens.add(new Token(Kind.OPERATOR, op, start));
            } else if (c == '\'' || c == '"') {
                int start = i;
                int end = source.indexOf(c, i + 1);
                if (end < 0) {
                    throw new ConditionSyntaxException("the text starting here has no closing " + c, start);
                }
                tokens.add(new Token(Kind.STRING, source.substring(i + 1, end), start));
                i = end + 1;
            } else if (Character.isDigit(c)
                    || (c == '-' && i + 1 < source.length() && Character.isDigit(source.charAt(i + 1)))) {
                int start = i;
                i++;
                while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
                    i++;
                }
                String number = source.substring(start, i);
                if (!number.matches("-?\\d+(\\.\\d+)?")) {
                    throw new ConditionSyntaxException("'" + number + "' is not a number", start);
                }
                tokens.add(new Token(Kind.NUMBER, number, start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < source.length()
                        && (Character.isLetterOrDigit(source.charAt(i))
                                || source.charAt(i) == '-'
                                || source.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, source.substring(start, i), start));
            } else {
                throw new ConditionSyntaxException("'" + c + "' is not allowed in a condition", i);
            }
        }
        tokens.add(new Token(Kind.END, "", source.length()));
        return tokens;
    }
}
