package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a school's share compares with another figure, at the municipality's confidence. */
public enum Verdict {
    ABOVE("significantly-above", "significant hoger"),
    IN_LINE("in-line", "in lijn"),
    BELOW("significantly-below", "significant lager");

    private final String code;
    private final String dutch;

    Verdict(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    static Verdict of(double lower, double upper) {
        return lower > 0 ? ABOVE : upper < 0 ? BELOW : IN_LINE;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String dutch() {
        return dutch;
    }
}
