package nl.betrokken.organisations;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of institution; response rates, targets and reports are often split by it. */
public enum Sector {
    PRESCHOOL,
    PRIMARY,
    SECONDARY,
    VOCATIONAL;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return code();
    }
}
