package nl.betrokken.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Features import only the features below them; features on one level (the pages of different
 * users) do not import each other. The levels, top first, are the ones drawn in the README's
 * layout section: change both together.
 */
class ArchitectureTest {

    static final List<List<String>> LEVELS = List.of(
            List.of("demo"),
            List.of("home", "respond", "monitor", "lea", "schoolplan", "audit", "administration"),
            List.of("targets"),
            List.of("analysis"),
            List.of("waves"),
            List.of("disclosure"),
            List.of("counting"),
            List.of("organisations"),
            List.of("security"),
            List.of("forms"),
            List.of("definitions"),
            List.of("common"));

    @Test
    void featuresImportDownwardOnly() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.betrokken");
        layers("nl.betrokken").check(main);
    }

    @Test
    void aFeatureImportingItsPeerFails() {
        JavaClasses sample = new ClassFileImporter().importPackages("nl.betrokken.architecture.sideways");
        AssertionError refusal = assertThrows(
                AssertionError.class,
                () -> layers("nl.betrokken.architecture.sideways")
                        .withOptionalLayers(true)
                        .check(sample));
        assertTrue(
                refusal.getMessage().contains("PartnerForm")
                        && refusal.getMessage().contains("AnswerPage"),
                refusal.getMessage());
    }

    private static LayeredArchitecture layers(String root) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> level : LEVELS) {
            for (String feature : level) {
                layers = layers.layer(feature).definedBy(root + "." + feature + "..");
            }
        }
        List<String> above = new ArrayList<>();
        for (List<String> level : LEVELS) {
            for (String feature : level) {
                layers = above.isEmpty()
                        ? layers.whereLayer(feature).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(feature).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
            above.addAll(level);
        }
        return layers;
    }
}
