package nl.betrokken.disclosure;

import com.fasterxml.jackson.annotation.JsonValue;

/** Between which percentiles of a group of schools a school's share lies. */
public enum PercentileBand {
    LOWEST_10("lowest-10", "bij de laagste 10 % van de scholen"),
    P10_TO_25("p10-p25", "tussen de laagste 10 % en het laagste kwart"),
    P25_TO_50("p25-p50", "onder het midden, boven het laagste kwart"),
    P50_TO_75("p50-p75", "boven het midden, onder het hoogste kwart"),
    P75_TO_90("p75-p90", "in het hoogste kwart, onder de hoogste 10 %"),
    HIGHEST_10("highest-10", "bij de hoogste 10 % van de scholen");

    private final String code;
    private final String dutch;

    PercentileBand(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String dutch() {
        return dutch;
    }
}
