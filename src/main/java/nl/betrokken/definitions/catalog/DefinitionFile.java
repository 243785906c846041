package nl.betrokken.definitions.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.betrokken.definitions.parse.DefinitionException;
import nl.betrokken.definitions.parse.DefinitionProblem;
import nl.betrokken.definitions.parse.DefinitionText;

/** One definition file's name and text. */
public record DefinitionFile(String name, String content) {

    /** Every *.yaml and *.yml file in the folder, by name. */
    public static List<DefinitionFile> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DefinitionException(
                    List.of(
                            new DefinitionProblem(
                                    folder.toString(),
                                    1,
                                    1,
                                    "the questionnaire definitions folder does not exist; start Betrokken from the project folder or set"
                                            + " betrokken.definitions.directory (BETROKKEN_DEFINITIONS_DIRECTORY) to the folder with the files")));
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .map(DefinitionFile::read)
                    .toList();
        } catch (IOException e) {
            throw new DefinitionException(List.of(new DefinitionProblem(
                    folder.toString(), 1, 1, "cannot list the questionnaire definitions: " + e.getMessage())));
        }
    }

    private static DefinitionFile read(Path path) {
        return new DefinitionFile(path.getFileName().toString(), DefinitionText.read(path));
    }
}
