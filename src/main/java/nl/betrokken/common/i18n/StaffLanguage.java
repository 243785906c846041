package nl.betrokken.common.i18n;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.betrokken.common.time.Dates;

/**
 * Staff pages, reports, exports and the labels of figures are in Dutch (respondents choose their
 * own language). The one place that says so, with the ways dates are written there.
 */
public final class StaffLanguage {

    public static final String CODE = "nl";
    public static final Locale LOCALE = Locale.forLanguageTag(CODE);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", LOCALE);

    private StaffLanguage() {}

    /** "24 november 2026". */
    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** "24 november 2026", on the Dutch calendar. */
    public static String date(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Dates.ZONE).format(DATE);
    }

    /** "24 november 2026 om 14:05", Dutch time. */
    public static String moment(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Dates.ZONE).format(MOMENT);
    }
}
