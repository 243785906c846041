package nl.betrokken.definitions;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.QuestionnaireView.IndicatorView;
import nl.betrokken.definitions.QuestionnaireView.ItemView;
import nl.betrokken.definitions.QuestionnaireView.Labelled;
import nl.betrokken.definitions.QuestionnaireView.OptionView;
import nl.betrokken.definitions.QuestionnaireView.PageView;
import nl.betrokken.definitions.QuestionnaireView.ScaleView;
import nl.betrokken.definitions.QuestionnaireView.TagView;
import nl.betrokken.definitions.QuestionnaireView.TypologyView;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.LocalText;
import nl.betrokken.definitions.model.Questionnaire;

/** The loaded questionnaires as the API shows them, in a chosen language. */
@ApplicationScoped
public class QuestionnaireService {

    private final QuestionnaireCatalog catalog;

    public QuestionnaireService(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    public List<QuestionnaireSummary> list(String language) {
        return catalog.latestVersions().stream()
                .map(QuestionnaireCatalog.Entry::questionnaire)
                .map(q -> new QuestionnaireSummary(
                        q.id(),
                        q.version(),
                        catalog.versions(q.id()),
                        q.title().in(language == null ? q.defaultLanguage() : language),
                        q.audience(),
                        q.languages(),
                        q.awaitingReview()))
                .toList();
    }

    public QuestionnaireView get(String id, Integer version, String requestedLanguage) {
        QuestionnaireCatalog.Entry entry = (version == null ? catalog.latest(id) : catalog.version(id, version))
                .orElseThrow(() ->
                        new NotFoundException("questionnaire", version == null ? id : id + " version " + version));
        Questionnaire q = entry.questionnaire();
        String language =
                requestedLanguage == null || requestedLanguage.isBlank() ? q.defaultLanguage() : requestedLanguage;
        if (!q.offers(language)) {
            throw new InvalidFieldException(
                    "lang", "'" + language + "' is not offered; choose one of " + String.join(", ", q.languages()));
        }
        return view(q, language);
    }

    private static QuestionnaireView view(Questionnaire q, String language) {
        return new QuestionnaireView(
                q.id(),
                q.version(),
                q.audience(),
                language,
                q.languages(),
                q.awaitingReview(),
                SupportedLanguage.byCode(language)
                        .map(SupportedLanguage::rightToLeft)
                        .orElse(false),
                q.title().in(language),
                text(q.description(), language),
                q.modes().stream()
                        .map(m -> new Labelled(m.id(), m.label().in(language)))
                        .toList(),
                q.tags().stream()
                        .map(t -> new TagView(
                                t.id(),
                                t.label().in(language),
                                t.ordered(),
                                t.values().stream()
                                        .map(v -> new Labelled(v.id(), v.label().in(language)))
                                        .toList()))
                        .toList(),
                q.pages().stream()
                        .map(p -> new PageView(
                                p.id(),
                                p.title().in(language),
                                text(p.intro(), language),
                                p.showIf() == null ? null : p.showIf().expression(),
                                p.items().stream().map(i -> item(i, language)).toList()))
                        .toList(),
                q.indicators().stream()
                        .map(i -> new IndicatorView(
                                i.id(),
                                i.label().in(language),
                                text(i.description(), language),
                                i.items(),
                                i.positive(),
                                i.combine().code(),
                                i.mode()))
                        .toList(),
                q.scales().stream()
                        .map(s -> new ScaleView(s.id(), s.label().in(language), s.items()))
                        .toList(),
                q.typology() == null
                        ? null
                        : new TypologyView(
                                q.typology().dimension(),
                                q.typology().positive(),
                                q.typology().reachedAt()));
    }

    private static ItemView item(Item item, String language) {
        return new ItemView(
                item.id(),
                item.type(),
                item.text().in(language),
                text(item.help(), language),
                item.required(),
                item.options().isEmpty()
                        ? null
                        : item.options().stream().map(o -> option(o, language)).toList(),
                item.notApplicable() == null ? null : option(item.notApplicable(), language),
                item.min(),
                item.max(),
                item.maxLength(),
                item.modes().isEmpty() ? null : item.modes(),
                item.tags().isEmpty() ? null : item.tags(),
                item.showIf() == null ? null : item.showIf().expression());
    }

    private static OptionView option(AnswerOption option, String language) {
        return new OptionView(option.id(), option.label().in(language), option.score());
    }

    private static String text(LocalText text, String language) {
        return text.isEmpty() ? null : text.in(language);
    }
}
