package nl.betrokken.respond;

import java.util.List;

/**
 * A channel's link for the whole municipality: the parent picks their child's school, and goes on with
 * that school's link of the channel (the helper's one when the parent came by the helper's link).
 */
public record SchoolChoice(
        String slug,
        String lang,
        boolean rtl,
        String title,
        boolean assisted,
        List<PageView.LanguageChoice> languages,
        List<School> schools) {

    public record School(String name, String path) {}
}
