package nl.betrokken.respond;

import java.util.List;

/**
 * The first page of a link: who asks, in which language, and start or continue; and where the school
 * tells what it did with earlier answers, when it does ({@code whatWeDid}, null otherwise); with
 * {@code assisted}, the note for a parent answering with a helper at a trusted place.
 */
public record LandingView(
        String slug,
        String lang,
        boolean rtl,
        String title,
        String description,
        String institution,
        List<PageView.LanguageChoice> languages,
        String token,
        boolean resume,
        boolean codes,
        String whatWeDid,
        boolean assisted) {}
