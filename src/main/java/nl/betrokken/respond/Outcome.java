package nl.betrokken.respond;

import java.time.LocalDate;

/** Where a respondent's request leads. RespondResource turns each kind into HTTP, and decides nothing else. */
public sealed interface Outcome {

    /** A questionnaire page; sent back with what is wrong when {@code invalid}. The resume code is shown once, or null. */
    record Show(PageView page, String resumeCode, boolean invalid) implements Outcome {}

    /** The first page of a link. */
    record Welcome(LandingView landing) implements Outcome {}

    /**
     * Go on to a path below /s/{slug}. A token, when given, is kept in the respondent's cookie; a
     * resume code, when given, is kept for the first page to show.
     */
    record Redirect(WaveContext context, String path, String token, String resumeCode) implements Outcome {

        Redirect(WaveContext context, String path) {
            this(context, path, null, null);
        }

        /** Autosave only stores: it succeeded when it would stay on a questionnaire page. */
        boolean staysOnAPage() {
            return path.startsWith("/p/");
        }
    }

    /** Pick the school, on a channel's link for the whole municipality. */
    record ChooseSchool(SchoolChoice choice) implements Outcome {}

    /** A page with one message. */
    record Notice(String language, Kind kind, LocalDate opensOn) implements Outcome {

        enum Kind {
            THANKS,
            ALREADY_SENT,
            CLOSED,
            NOT_YET_OPEN
        }
    }

    /** The form to type a code in: what was typed and why it was refused, or neither. */
    record CodeEntry(String language, String code, CodeRefusal refusal) implements Outcome {

        int status() {
            return refusal == null ? 200 : refusal == CodeRefusal.THROTTLED ? 429 : 400;
        }
    }

    enum CodeRefusal {
        UNKNOWN,
        USED,
        THROTTLED,
        NOT_OPEN
    }
}
