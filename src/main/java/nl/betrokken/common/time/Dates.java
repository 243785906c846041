package nl.betrokken.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as Dutch schools live them: a wave opens and closes on Amsterdam days. */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Dates() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
