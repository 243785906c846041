package nl.betrokken.organisations;

import com.fasterxml.jackson.annotation.JsonValue;

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

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return code();
    }
}
