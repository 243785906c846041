package nl.betrokken.respond;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A questionnaire page as its form sends it: the form's own fields (named in
 * templates/RespondResource/page.html) and, apart from them, the answers.
 */
record SentPage(String token, Action action, String language, Map<String, List<String>> answers) {

    private static final String TOKEN = "r";
    private static final String ACTION = "action";
    private static final String LANGUAGE = "lang";
    private static final String CSRF = "csrf-token";
    private static final Set<String> OWN_FIELDS = Set.of(TOKEN, ACTION, LANGUAGE, CSRF);

    static SentPage of(MultivaluedMap<String, String> form, String cookie) {
        Map<String, List<String>> answers = new HashMap<>();
        form.forEach((name, values) -> {
            if (!OWN_FIELDS.contains(name)) {
                answers.put(name, values);
            }
        });
        return new SentPage(
                RespondentCookies.tokenOf(cookie, form.getFirst(TOKEN)),
                Action.of(form.getFirst(ACTION)),
                form.getFirst(LANGUAGE),
                answers);
    }

    SentPage autosaved() {
        return new SentPage(token, Action.AUTOSAVE, null, answers);
    }
}
