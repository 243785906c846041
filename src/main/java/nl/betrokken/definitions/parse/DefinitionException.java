package nl.betrokken.definitions.parse;

import java.util.List;
import java.util.stream.Collectors;

/** Definition files that cannot be used; the message lists every problem, one per line. */
public class DefinitionException extends RuntimeException {

    private final List<DefinitionProblem> problems;

    public DefinitionException(List<DefinitionProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static String message(List<DefinitionProblem> problems) {
        return "The questionnaire definitions have " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + "; fix them and start again (the format is described in survey-definitions/README.md):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
