package nl.betrokken.definitions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.ItemType;

/** A questionnaire version with every text in one language, for clients that render or analyse it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionnaireView(
        String id,
        int version,
        Audience audience,
        String language,
        List<String> languages,
        List<String> awaitingReview,
        boolean rightToLeft,
        String title,
        String description,
        List<Labelled> modes,
        List<TagView> tags,
        List<PageView> pages,
        List<IndicatorView> indicators,
        List<ScaleView> scales,
        TypologyView typology) {

    public record Labelled(String id, String label) {}

    public record OptionView(String id, String label, Double score) {}

    public record TagView(String id, String label, boolean ordered, List<Labelled> values) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PageView(String id, String title, String intro, String showIf, List<ItemView> items) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(
            String id,
            ItemType type,
            String text,
            String help,
            boolean required,
            List<OptionView> options,
            OptionView notApplicable,
            BigDecimal min,
            BigDecimal max,
            Integer maxLength,
            List<String> modes,
            Map<String, String> tags,
            String showIf) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorView(
            String id,
            String label,
            String description,
            List<String> items,
            Set<String> positive,
            String combine,
            String mode) {}

    public record ScaleView(String id, String label, List<String> items) {}

    public record TypologyView(String dimension, Set<String> positive, double reachedAt) {}
}
