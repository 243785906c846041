package nl.betrokken.lea;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.betrokken.common.time.Dates;

/** Dates and times as the Dutch LEA pages write them. */
final class LeaFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl"));

    private LeaFormat() {
    }

    static String dateTime(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Dates.ZONE).format(DATE_TIME);
    }
}
