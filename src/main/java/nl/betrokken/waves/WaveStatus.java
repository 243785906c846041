package nl.betrokken.waves;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;

/** Whether a wave takes answers today. The last day of the period is still open. */
public enum WaveStatus {
    NOT_YET_OPEN("not-yet-open"),
    OPEN("open"),
    CLOSED("closed");

    private final String code;

    WaveStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static WaveStatus of(LocalDate opensOn, LocalDate closesOn, LocalDate closedEarlyOn, LocalDate today) {
        if (closedEarlyOn != null && !today.isBefore(closedEarlyOn)) {
            return CLOSED;
        }
        if (today.isBefore(opensOn)) {
            return NOT_YET_OPEN;
        }
        return today.isAfter(closesOn) ? CLOSED : OPEN;
    }
}
