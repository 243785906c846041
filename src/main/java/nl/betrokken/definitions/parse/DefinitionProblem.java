package nl.betrokken.definitions.parse;

/** One thing wrong with a definition file, where it is (1-based line and column) and what to do. */
public record DefinitionProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
