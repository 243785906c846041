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
        Layout layout,
        List<Page> pages,
        List<Indicator> indicators,
        List<ItemScale> scales,
        Typology typology) {

    /**
     * The pages as whoever answers sees them: the defined pages, or with {@link Layout#ONE_PAGE} a single page of every
     * item under the questionnaire's title, with the first page's id (where a response starts). Everything else
     * (background items, exports, paper forms) keeps the defined pages.
     */
    public List<Page> answeringPages() {
        if (layout != Layout.ONE_PAGE || pages.isEmpty()) {
            return pages;
        }
        return List.of(new Page(pages.get(0).id(), title, LocalText.NONE, null, items().toList()));
    }

    public Stream<Item> items() {
        return pages.stream().flatMap(p -> p.items().stream());
    }

    public Optional<Item> item(String id) {
        return items().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The items answered in the parent's own words. */
    public List<Item> openTextItems() {
        return items().filter(i -> i.type().isOpenText()).toList();
    }

    /**
     * The questions about who answers (sector, age of the child, language at home): the closed,
     * single-mode items of the first page. Reach breaks respondents down by them, and raw exports
     * treat them as details that could identify someone.
     */
    public List<Item> backgroundItems() {
        if (pages.isEmpty()) {
            return List.of();
        }
        return pages.get(0).items().stream()
                .filter(i ->
                        !i.twoMode() && (i.type() == ItemType.SINGLE_CHOICE || i.type() == ItemType.MULTIPLE_CHOICE))
                .toList();
    }

    public Optional<TagDimension> tagDimension(String id) {
        return tags.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public boolean offers(String language) {
        return languages.contains(language);
    }
}
