package nl.betrokken.definitions.parse;

import java.nio.file.Path;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * Checks definition files without starting the service, for authors:
 * {@code java -cp ... nl.betrokken.definitions.parse.DefinitionCheck survey-definitions/*.yaml}. For
 * parent questionnaires it also prints the {@link PlainLanguage} warnings (they do not fail the check).
 */
public final class DefinitionCheck {

    private DefinitionCheck() {}

    public static void main(String... files) {
        int failed = 0;
        for (String file : files) {
            Path path = Path.of(file);
            DefinitionParser.Result result;
            try {
                result = DefinitionParser.parse(path.getFileName().toString(), DefinitionText.read(path));
            } catch (DefinitionException unreadable) {
                failed++;
                unreadable.problems().forEach(p -> System.out.println("FAIL " + p));
                continue;
            }
            if (result.questionnaire().isPresent()) {
                Questionnaire q = result.questionnaire().get();
                System.out.printf(
                        "OK   %s: %s version %d, %d pages, %d items, %d indicators, languages %s%n",
                        file,
                        q.id(),
                        q.version(),
                        q.pages().size(),
                        q.items().count(),
                        q.indicators().size(),
                        q.languages());
                if (q.audience() == Audience.PARENT) {
                    PlainLanguage.forParents().check(q).forEach(System.out::println);
                }
            } else {
                failed++;
                result.problems().forEach(p -> System.out.println("FAIL " + p));
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
