package nl.betrokken.definitions.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * Every questionnaire version the service knows, parsed once at start-up: the ones in the files and
 * the older ones kept in the database for the answers given to them.
 */
@ApplicationScoped
public class QuestionnaireCatalog {

    /** A questionnaire version with the database id its answers point to. */
    public record Entry(long versionId, Questionnaire questionnaire) {}

    private volatile Map<String, List<Entry>> byId = Map.of();

    void replace(Collection<Entry> entries) {
        byId = entries.stream()
                .collect(Collectors.groupingBy(
                        e -> e.questionnaire().id(),
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                list -> list.stream()
                                        .sorted(Comparator.comparingInt(
                                                e -> e.questionnaire().version()))
                                        .toList())));
    }

    /** The highest version of each questionnaire, by id. */
    public List<Entry> latestVersions() {
        return byId.values().stream()
                .map(list -> list.get(list.size() - 1))
                .sorted(Comparator.comparing(e -> e.questionnaire().id()))
                .toList();
    }

    public Optional<Entry> latest(String id) {
        List<Entry> versions = byId.get(id);
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<Entry> version(String id, int version) {
        return byId.getOrDefault(id, List.of()).stream()
                .filter(e -> e.questionnaire().version() == version)
                .findFirst();
    }

    public List<Integer> versions(String id) {
        return byId.getOrDefault(id, List.of()).stream()
                .map(e -> e.questionnaire().version())
                .toList();
    }

    public Map<Long, Entry> byVersionId() {
        return byId.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toMap(Entry::versionId, Function.identity()));
    }
}
