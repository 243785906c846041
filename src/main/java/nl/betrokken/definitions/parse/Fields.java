package nl.betrokken.definitions.parse;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A strict view of one YAML mapping: unknown and duplicate keys are reported where they stand, with
 * the keys that are allowed; missing keys are reported at the mapping. Scalar readers report values
 * of the wrong kind and return null, so parsing goes on and finds the next problem too.
 */
final class Fields {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final Node node;
    private final String what;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    private Fields(Node node, String what, Problems problems) {
        this.node = node;
        this.what = what;
        this.problems = problems;
    }

    /** Reads a mapping whose keys must all be in {@code allowed}. */
    static Fields of(Node node, String what, Set<String> allowed, Problems problems) {
        Fields fields = new Fields(node, what, problems);
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, what + " must be a mapping of keys to values (key: value), not " + kind(node));
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problems.at(tuple.getKeyNode(), "a key in " + what + " must be plain text");
                continue;
            }
            if (fields.values.containsKey(key)) {
                problems.at(tuple.getKeyNode(), "'" + key + "' appears twice in " + what + "; keep one");
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                problems.at(
                        tuple.getKeyNode(),
                        "unknown key '" + key + "' in " + what + suggestion(key, allowed) + "; allowed keys are "
                                + String.join(", ", new TreeSet<>(allowed)));
                continue;
            }
            fields.values.put(key, tuple.getValueNode());
            fields.keys.put(key, tuple.getKeyNode());
        }
        return fields;
    }

    /** Reads a mapping with free keys (languages of a text, ids of a dictionary), still without duplicates. */
    static Fields dictionary(Node node, String what, Problems problems) {
        return of(node, what, null, problems);
    }

    Node node() {
        return node;
    }

    Map<String, Node> entries() {
        return values;
    }

    Node keyNode(String key) {
        return keys.get(key);
    }

    Optional<Node> optional(String key) {
        return Optional.ofNullable(values.get(key));
    }

    Node required(String key, String hint) {
        Node value = values.get(key);
        if (value == null && node instanceof MappingNode) {
            problems.at(node, what + " has no '" + key + "'" + (hint == null ? "" : "; " + hint));
        }
        return value;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    // --- scalar readers; each reports a wrong kind of value and returns null

    static String text(Node node, String what, Problems problems) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                problems.at(node, what + " is empty");
                return null;
            }
            return value;
        }
        problems.at(node, what + " must be text, not " + kind(node));
        return null;
    }

    static String id(Node node, String what, Problems problems) {
        String value = text(node, what, problems);
        if (value != null && !ID.matcher(value).matches()) {
            problems.at(
                    node,
                    what + " '" + value
                            + "' must use lower-case letters, digits and hyphens, start with a letter and be at most 63 long");
            return null;
        }
        return value;
    }

    static Integer integer(Node node, String what, Problems problems) {
        String value = text(node, what, problems);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.at(node, what + " must be a whole number, not '" + value + "'");
            return null;
        }
    }

    static BigDecimal decimal(Node node, String what, Problems problems) {
        String value = text(node, what, problems);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.at(node, what + " must be a number, not '" + value + "'");
            return null;
        }
    }

    static Boolean bool(Node node, String what, Problems problems) {
        String value = text(node, what, problems);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.at(node, what + " must be true or false, not '" + value + "'");
                yield null;
            }
        };
    }

    static List<Node> list(Node node, String what, Problems problems) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.at(node, what + " must be a list (items starting with '- ' or [a, b]), not " + kind(node));
        return List.of();
    }

    static String kind(Node node) {
        if (node instanceof ScalarNode scalar) {
            return "the text '" + scalar.getValue() + "'";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof MappingNode ? "a mapping" : "empty";
    }

    /** "did you mean" for a key one or two typing errors away from an allowed one. */
    static String suggestion(String key, Set<String> allowed) {
        return allowed.stream()
                .map(candidate -> Map.entry(candidate, distance(key, candidate)))
                .filter(e -> e.getValue() <= 2)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(e -> " (did you mean '" + e.getKey() + "'?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
