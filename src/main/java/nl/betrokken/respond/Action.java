package nl.betrokken.respond;

import java.util.Locale;

/** What a respondent pressed on a page. */
enum Action {
    NEXT,
    BACK,
    LANGUAGE,
    SUBMIT,
    AUTOSAVE;

    static Action of(String value) {
        if (value == null) {
            return NEXT;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NEXT;
        }
    }

    /** Moving forward or sending checks that required questions are answered; the others save what there is. */
    boolean checksRequired() {
        return this == NEXT || this == SUBMIT;
    }
}
