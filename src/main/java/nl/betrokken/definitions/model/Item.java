package nl.betrokken.definitions.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.betrokken.definitions.condition.ShowIf;

/**
 * One question. Options are the answers that can be picked (empty for numbers and open text);
 * notApplicable is the extra "does not apply" of a scale, if offered. An item with modes is
 * answered once per mode.
 */
public record Item(
        String id,
        String pageId,
        ItemType type,
        LocalText text,
        LocalText help,
        boolean required,
        List<AnswerOption> options,
        AnswerOption notApplicable,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        List<String> modes,
        Map<String, String> tags,
        ShowIf showIf) {

    /** Every option that may be stored as an answer, including "does not apply". */
    public List<AnswerOption> allOptions() {
        if (notApplicable == null) {
            return options;
        }
        return Stream.concat(options.stream(), Stream.of(notApplicable)).toList();
    }

    public Optional<AnswerOption> option(String id) {
        return allOptions().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public boolean twoMode() {
        return !modes.isEmpty();
    }

    /**
     * The modes this item is answered in, one answer each; a single {@code null} when it is
     * answered once. {@link nl.betrokken.definitions.answers.AnswerKey} turns each into its key.
     */
    public List<String> answerModes() {
        return modes.isEmpty() ? Collections.singletonList(null) : modes;
    }
}
