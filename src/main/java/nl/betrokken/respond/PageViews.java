package nl.betrokken.respond;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.answers.PageAnswers;
import nl.betrokken.definitions.answers.PageFlow;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Mode;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.definitions.model.Questionnaire;

/** Builds the view of a page: texts in one language, fields filled in, errors in words. */
@ApplicationScoped
public class PageViews {

    PageView page(WaveContext context, String token, String language, PageFlow flow, Page page,
            Map<String, List<String>> values, Map<String, PageAnswers.FieldError> errors) {
        Questionnaire q = context.questionnaire();
        RespondMessages messages = messages(language);
        List<PageView.ItemView> items = new ArrayList<>();
        List<PageView.ErrorLink> errorLinks = new ArrayList<>();
        for (Item item : flow.visibleItems(page)) {
            List<PageView.FieldView> fields = new ArrayList<>();
            List<String> modes = item.twoMode() ? item.modes() : java.util.Collections.singletonList(null);
            for (String mode : modes) {
                String key = AnswerKey.of(item, mode);
                String domId = "f-" + key.replace(':', '-');
                List<String> given = values.getOrDefault(key, List.of());
                PageAnswers.FieldError error = errors.get(key);
                String errorText = error == null ? null : text(messages, error);
                if (errorText != null) {
                    errorLinks.add(new PageView.ErrorLink("#" + (item.type().hasOptions() ? domId + "-0" : domId),
                            item.text().in(language) + (mode == null ? "" : " (" + modeLabel(q, mode, language) + ")")
                                    + ": " + errorText));
                }
                List<PageView.ChoiceView> choices = new ArrayList<>();
                var options = item.allOptions();
                for (int i = 0; i < options.size(); i++) {
                    var option = options.get(i);
                    choices.add(new PageView.ChoiceView(option.id(), option.label().in(language), given.contains(option.id()),
                            domId + "-" + i));
                }
                fields.add(new PageView.FieldView(key, domId, mode == null ? null : modeLabel(q, mode, language), choices,
                        given.isEmpty() ? "" : given.get(0), errorText, item.maxLength(),
                        item.min() == null ? null : item.min().toPlainString(),
                        item.max() == null ? null : item.max().toPlainString()));
            }
            items.add(new PageView.ItemView(item.id(), item.type().code(), item.text().in(language),
                    item.help().isEmpty() ? null : item.help().in(language), item.required(), fields));
        }
        List<Page> visible = flow.visiblePages();
        return new PageView(context.row().slug, token, language, rightToLeft(language), q.title().in(language),
                context.institutionName(), flow.step(page), visible.size(), page.id(), page.title().in(language),
                page.intro().isEmpty() ? null : page.intro().in(language), items, flow.before(page).isEmpty(),
                flow.after(page).isEmpty(), languages(q, language), errorLinks);
    }

    static List<PageView.LanguageChoice> languages(Questionnaire q, String language) {
        return q.languages().stream().map(code -> new PageView.LanguageChoice(code,
                SupportedLanguage.byCode(code).map(SupportedLanguage::nativeName).orElse(code), code.equals(language))).toList();
    }

    static boolean rightToLeft(String language) {
        return SupportedLanguage.byCode(language).map(SupportedLanguage::rightToLeft).orElse(false);
    }

    static RespondMessages messages(String language) {
        return MessageBundles.get(RespondMessages.class, Localized.Literal.of(language));
    }

    private static String modeLabel(Questionnaire q, String mode, String language) {
        return q.modes().stream().filter(m -> m.id().equals(mode)).map(Mode::label).findFirst().map(l -> l.in(language))
                .orElse(mode);
    }

    /** What is wrong with one answer, in the given language; other forms built on definitions say it the same way. */
    public static String problem(PageAnswers.FieldError error, String language) {
        return text(messages(language), error);
    }

    private static String text(RespondMessages messages, PageAnswers.FieldError error) {
        return switch (error.problem()) {
            case REQUIRED -> messages.error_required();
            case CHOICE -> messages.error_choice();
            case NUMBER -> messages.error_number();
            case NUMBER_MIN -> messages.error_number_min(error.argument());
            case NUMBER_MAX -> messages.error_number_max(error.argument());
            case TOO_LONG -> messages.error_too_long(Integer.parseInt(error.argument()));
        };
    }

    static boolean isChoice(String type) {
        return ItemType.byCode(type).map(ItemType::hasOptions).orElse(false);
    }
}
