package nl.betrokken.definitions.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One version of a questionnaire, as its definition file describes it. */
public record Questionnaire(
        String id,
        int version,
        Audience audience,
        String defaultLanguage,
        List<String> languages,
        List<String> awaitingReview,
        LocalText title,
        LocalText description,
        List<Mode> modes,
        List<TagDimension> tags,
        List<Page> pages,
        List<Indicator> indicators,
        List<ItemScale> scales,
        Typology typology) {

    public Stream<Item> items() {
        return pages.stream().flatMap(p -> p.items().stream());
    }

    public Optional<Item> item(String id) {
        return items().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<TagDimension> tagDimension(String id) {
        return tags.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public boolean offers(String language) {
        return languages.contains(language);
    }
}
