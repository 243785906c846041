package nl.betrokken.disclosure;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Signs that a group's figures may include answers someone added to lift it over the threshold. */
public enum Warning {
    /** More responses came in than the institution has parents (or staff). */
    MORE_RESPONSES_THAN_POPULATION("more-responses-than-population", "meer reacties dan ouders of teamleden"),
    /** Many responses came in on one link within a few minutes. */
    BURST("burst", "veel reacties in enkele minuten via één link"),
    /** An aggregate that includes an institution with one of the warnings above. */
    INCLUDES_WARNED_INSTITUTION("includes-warned-institution", "bevat een school met een waarschuwing");

    private final String code;
    private final String dutch;

    Warning(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    /** The warnings of one institution: more responses than its population, or a burst on its link. */
    public static List<Warning> of(Integer population, long respondents, Integer burstSize) {
        List<Warning> warnings = new ArrayList<>();
        if (population != null && respondents > population) {
            warnings.add(MORE_RESPONSES_THAN_POPULATION);
        }
        if (burstSize != null) {
            warnings.add(BURST);
        }
        return warnings;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String dutch() {
        return dutch;
    }
}
