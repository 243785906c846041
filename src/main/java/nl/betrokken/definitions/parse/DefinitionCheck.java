package nl.betrokken.definitions.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.betrokken.definitions.model.Questionnaire;

/**
 * Checks definition files without starting the service, for authors:
 * {@code java -cp ... nl.betrokken.definitions.parse.DefinitionCheck survey-definitions/*.yaml}.
 */
public final class DefinitionCheck {

    private DefinitionCheck() {
    }

    public static void main(String... files) throws IOException {
        int failed = 0;
        for (String file : files) {
            Path path = Path.of(file);
            DefinitionParser.Result result = DefinitionParser.parse(path.getFileName().toString(),
                    Files.readString(path, StandardCharsets.UTF_8));
            if (result.questionnaire().isPresent()) {
                Questionnaire q = result.questionnaire().get();
                System.out.printf("OK   %s: %s version %d, %d pages, %d items, %d indicators, languages %s%n", file, q.id(),
                        q.version(), q.pages().size(), q.items().count(), q.indicators().size(), q.languages());
            } else {
                failed++;
                result.problems().forEach(p -> System.out.println("FAIL " + p));
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
