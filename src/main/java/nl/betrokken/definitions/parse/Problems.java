package nl.betrokken.definitions.parse;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Collects the problems of one file, so an author sees all of them at once, not one per start. */
final class Problems {

    private final String file;
    private final List<DefinitionProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void at(Node node, String message) {
        at(node, 0, message);
    }

    /** A problem inside a one-line scalar, {@code offset} characters into its value. */
    void at(Node node, int offset, String message) {
        Mark mark = node.getStartMark();
        int quote = node instanceof ScalarNode scalar
                        && scalar.getScalarStyle() != null
                        && scalar.getScalarStyle().getChar() != null
                        && (scalar.getScalarStyle().getChar() == '\''
                                || scalar.getScalarStyle().getChar() == '"')
                ? 1
                : 0;
        list.add(new DefinitionProblem(file, mark.getLine() + 1, mark.getColumn() + 1 + quote + offset, message));
    }

    void at(Mark mark, String message) {
        list.add(new DefinitionProblem(file, mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    void atStart(String message) {
        list.add(new DefinitionProblem(file, 1, 1, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<DefinitionProblem> list() {
        return List.copyOf(list);
    }

    String file() {
        return file;
    }
}
