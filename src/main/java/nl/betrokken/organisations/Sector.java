package nl.betrokken.organisations;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The kind of institution; response rates, targets and reports are often split by it. */
public enum Sector {
    PRESCHOOL("Voorschoolse voorziening"),
    PRIMARY("Basisonderwijs"),
    SECONDARY("Voortgezet onderwijs"),
    VOCATIONAL("Middelbaar beroepsonderwijs");

    private final String dutchName;

    Sector(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }

    /** The sector of a code as the JSON, the filters and the forms carry it. */
    public static Optional<Sector> ofCode(String code) {
        for (Sector sector : values()) {
            if (sector.code().equals(code)) {
                return Optional.of(sector);
            }
        }
        return Optional.empty();
    }

    /** The Dutch name for a sector code as figures and reach carry it; anything else is shown as it is. */
    public static String dutchName(String code) {
        return ofCode(code).map(Sector::dutchName).orElse(code);
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return code();
    }
}
