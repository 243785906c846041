package nl.betrokken.respond;

import java.util.List;
import nl.betrokken.forms.Field;
import nl.betrokken.forms.Form;

/** One questionnaire page as the template renders it, every text already in the respondent's language. */
public record PageView(
        String slug,
        String token,
        String lang,
        boolean rtl,
        String title,
        String institution,
        int step,
        int total,
        String pageId,
        String pageTitle,
        String intro,
        List<Part> parts,
        boolean first,
        boolean last,
        List<LanguageChoice> languages,
        List<Form.ErrorLink> errors) {

    public record LanguageChoice(String code, String name, boolean selected) {}

    /**
     * One question, with the heading and intro of the section it opens: on a one-page questionnaire each defined page
     * becomes a section, elsewhere there are none. The template's loop reads only the part (an outer-scope name costs
     * Qute a scan of every value resolver).
     */
    public record Part(String heading, String intro, Field field) {}
}
