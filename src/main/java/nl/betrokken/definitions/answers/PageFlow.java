package nl.betrokken.definitions.answers;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.definitions.condition.Answers;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.definitions.model.Questionnaire;

/** Which pages and items a respondent sees, given the answers so far (conditions only look back). */
public final class PageFlow {

    private final Questionnaire questionnaire;
    private final Answers answers;

    public PageFlow(Questionnaire questionnaire, Map<String, Object> document) {
        this.questionnaire = questionnaire;
        this.answers = itemId -> conditionValue(document.get(itemId));
    }

    /** Conditions compare numbers as numbers, however JSON handed them back. */
    private static Object conditionValue(Object stored) {
        if (stored instanceof Number number && !(stored instanceof BigDecimal)) {
            return new BigDecimal(number.toString());
        }
        if (stored instanceof Collection<?> collection) {
            return collection.stream().map(Object::toString).toList();
        }
        return stored;
    }

    /**
     * The answers to items that stay visible with these answers, for a whole questionnaire answered at
     * once (a paper form). Dropping an answer can hide an item whose condition read it, so this repeats
     * until nothing more drops: what remains is what someone answering page by page could have sent.
     */
    public static Map<String, Object> withoutHidden(Questionnaire questionnaire, Map<String, Object> answers) {
        Map<String, Object> kept = answers;
        while (true) {
            PageFlow flow = new PageFlow(questionnaire, kept);
            Map<String, Object> next = new LinkedHashMap<>();
            for (Page page : flow.visiblePages()) {
                for (Item item : flow.visibleItems(page)) {
                    for (String key : AnswerKey.of(item)) {
                        if (kept.containsKey(key)) {
                            next.put(key, kept.get(key));
                        }
                    }
                }
            }
            if (next.size() == kept.size()) {
                return next;
            }
            kept = next;
        }
    }

    public List<Page> visiblePages() {
        return questionnaire.answeringPages().stream()
                .filter(p -> p.showIf() == null || p.showIf().test(answers))
                .toList();
    }

    public List<Item> visibleItems(Page page) {
        return page.items().stream()
                .filter(i -> i.showIf() == null || i.showIf().test(answers))
                .toList();
    }

    public Optional<Page> page(String id) {
        return visiblePages().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Page> after(Page page) {
        List<Page> pages = visiblePages();
        int index = indexOf(pages, page);
        return index >= 0 && index + 1 < pages.size() ? Optional.of(pages.get(index + 1)) : Optional.empty();
    }

    public Optional<Page> before(Page page) {
        List<Page> pages = visiblePages();
        int index = indexOf(pages, page);
        return index > 0 ? Optional.of(pages.get(index - 1)) : Optional.empty();
    }

    public int step(Page page) {
        return indexOf(visiblePages(), page) + 1;
    }

    private static int indexOf(List<Page> pages, Page page) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(page.id())) {
                return i;
            }
        }
        return -1;
    }
}
