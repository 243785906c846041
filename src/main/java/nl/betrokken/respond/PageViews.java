package nl.betrokken.respond;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.answers.PageAnswers;
import nl.betrokken.definitions.answers.PageFlow;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Layout;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.forms.Field;
import nl.betrokken.forms.Form;
import nl.betrokken.forms.FormBuilder;
import nl.betrokken.organisations.InstitutionPublicPage;

/** Builds the view of a page: texts in one language, fields filled in, errors in words. */
@ApplicationScoped
public class PageViews {

    private final InstitutionPublicPage publicPage;

    public PageViews(InstitutionPublicPage publicPage) {
        this.publicPage = publicPage;
    }

    PageView page(
            WaveContext context,
            String token,
            String language,
            PageFlow flow,
            Page page,
            Map<String, List<String>> values,
            Map<String, PageAnswers.FieldError> errors) {
        Questionnaire q = context.questionnaire();
        List<Item> items = flow.visibleItems(page);
        Form form = FormBuilder.build("f-", items, q.modes(), language, values, errors);
        List<Page> visible = flow.visiblePages();
        return new PageView(
                context.slug(),
                token,
                language,
                rightToLeft(language),
                q.title().in(language),
                context.institutionName(),
                flow.step(page),
                visible.size(),
                page.id(),
                page.title().in(language),
                page.intro().isEmpty() ? null : page.intro().in(language),
                parts(q, items, form.fields(), language),
                flow.before(page).isEmpty(),
                flow.after(page).isEmpty(),
                languages(q, language),
                form.errors());
    }

    /** The fields, each defined page's title and intro before its first on a one-page questionnaire. */
    private static List<PageView.Part> parts(Questionnaire q, List<Item> items, List<Field> fields, String language) {
        Map<String, Page> opens = new HashMap<>();
        if (q.layout() == Layout.ONE_PAGE) {
            for (Page defined : q.pages()) {
                items.stream()
                        .filter(defined.items()::contains)
                        .findFirst()
                        .ifPresent(first -> opens.put(first.id(), defined));
            }
        }
        List<PageView.Part> parts = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            Page section = opens.get(items.get(i).id());
            parts.add(new PageView.Part(
                    section == null ? null : section.title().in(language),
                    section == null || section.intro().isEmpty()
                            ? null
                            : section.intro().in(language),
                    fields.get(i)));
        }
        return parts;
    }

    LandingView landing(WaveContext context, String language, String token, boolean resume, boolean codes) {
        Questionnaire q = context.questionnaire();
        return new LandingView(
                context.slug(),
                language,
                rightToLeft(language),
                q.title().in(language),
                q.description().isEmpty() ? null : q.description().in(language),
                context.institutionName(),
                languages(q, language),
                token,
                resume,
                codes,
                publicPage.path(context.link().institutionId()).orElse(null),
                context.assisted());
    }

    /** Every language Betrokken speaks, for the pages before a questionnaire is known. */
    static List<PageView.LanguageChoice> allLanguages(String language) {
        return SupportedLanguage.all().stream()
                .map(l -> new PageView.LanguageChoice(
                        l.code(), l.nativeName(), l.code().equals(language)))
                .toList();
    }

    static List<PageView.LanguageChoice> languages(Questionnaire q, String language) {
        return q.languages().stream()
                .map(code -> new PageView.LanguageChoice(
                        code,
                        SupportedLanguage.byCode(code)
                                .map(SupportedLanguage::nativeName)
                                .orElse(code),
                        code.equals(language)))
                .toList();
    }

    static boolean rightToLeft(String language) {
        return SupportedLanguage.byCode(language)
                .map(SupportedLanguage::rightToLeft)
                .orElse(false);
    }

    static RespondMessages messages(String language) {
        return MessageBundles.get(RespondMessages.class, Localized.Literal.of(language));
    }
}
