package nl.betrokken.waves;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.disclosure.Warning;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.Role;

/** How waves read on the Dutch staff pages. */
@TemplateExtension
final class WaveExtensions {

    private WaveExtensions() {}

    static String dutchName(WaveStatus status) {
        return switch (status) {
            case NOT_YET_OPEN -> "nog niet open";
            case OPEN -> "open";
            case CLOSED -> "gesloten";
        };
    }

    /** "Cijfers gepubliceerd op ...": when the figures of the wave were last published, and whether finally. */
    static String publicationText(WaveView wave) {
        if (wave.finalPublishedAt() != null) {
            return "De eindcijfers zijn gepubliceerd op " + StaffLanguage.moment(wave.finalPublishedAt()) + ".";
        }
        if (wave.figuresPublishedAt() == null) {
            return "Er zijn nog geen cijfers gepubliceerd: een cijfer verschijnt zodra minstens de drempel aan ouders of"
                    + " teamleden het beantwoordde. Daarna worden de cijfers eens per dag bijgewerkt, en bij het sluiten.";
        }
        return "Cijfers laatst gepubliceerd op " + StaffLanguage.moment(wave.figuresPublishedAt())
                + "; ze worden eens per dag bijgewerkt en bij het sluiten. Het aantal ingevulde vragenlijsten is actueel.";
    }

    /** The message of a number refused in this row's field, or null. */
    static String errorFor(WaveView.InstitutionRow row, WavePages.RowError error, String field) {
        return refusedHere(row, error, field) ? error.message() : null;
    }

    /** What was typed in this row's field when it was refused, so the page shows it back; null otherwise. */
    static String typed(WaveView.InstitutionRow row, WavePages.RowError error, String field) {
        return refusedHere(row, error, field) ? error.value() : null;
    }

    private static boolean refusedHere(WaveView.InstitutionRow row, WavePages.RowError error, String field) {
        return error != null
                && error.institutionId() == row.institutionId()
                && error.field().equals(field);
    }

    static String warningText(WaveView.InstitutionRow row) {
        return row.warnings() == null || row.warnings().isEmpty()
                ? ""
                : String.join("; ", row.warnings().stream().map(Warning::dutch).toList());
    }

    /** Whether the user works for a municipality (or runs the platform): they publish and set code limits. */
    static boolean forMunicipality(AuthenticatedUser user) {
        return user.is(Role.ADMINISTRATOR) || user.is(Role.MUNICIPALITY_ANALYST);
    }

    /** "38 %", or a dash when the number of parents is not known. */
    static String responseRatePercent(WaveView.InstitutionRow row) {
        return row.responseRate() == null ? "–" : Math.round(row.responseRate() * 100) + " %";
    }

    /** The message of a refused field of the wave itself, or null. */
    static String fieldError(WaveView wave, WavePages.FormError error, String field) {
        return error != null && error.field().equals(field) ? error.message() : null;
    }

    /** What was typed in a refused field of the wave, so the page shows it back; null otherwise. */
    static String typedIn(WaveView wave, WavePages.FormError error, String field) {
        return error != null && error.field().equals(field) ? error.value() : null;
    }

    /** Whether the wave still takes answers or will: only then can it be changed. */
    static boolean changeable(WaveView wave) {
        return wave.status() != WaveStatus.CLOSED;
    }

    /** A school leaves a wave only before anyone answered there, sent or started. */
    static boolean removable(WaveView.InstitutionRow row) {
        return row.submitted() + row.inProgress() == 0;
    }

    /** The chart of one school's response, added up per day. */
    static RawString progressChart(WavePage page, WaveView.InstitutionRow row) {
        return new RawString(ProgressChart.svg(row.institution(), page.progressOf(row.institutionId())));
    }

    static List<WavePage.Day> progressDays(WavePage page, WaveView.InstitutionRow row) {
        return page.progressOf(row.institutionId());
    }

    /** "24 november 2026". */
    static String longDate(WavePage.Day day) {
        return StaffLanguage.date(day.date());
    }

    /** The Dutch name of a language, with its own name: "Arabisch (العربية)". */
    static String chooserName(SupportedLanguage language) {
        return language.dutchName() + " (" + language.nativeName() + ")";
    }

    /** Whether this school was the one chosen when the form was refused, so that it stays chosen. */
    static boolean chosenIn(WavePage.Choice choice, WavePages.FormError error) {
        return error != null
                && error.field().equals("institutionId")
                && String.valueOf(choice.id()).equals(error.value());
    }
}
