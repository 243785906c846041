package nl.betrokken.waves;

import com.fasterxml.jackson.annotation.JsonValue;

/** The way into a wave for one institution: an open link anyone with it may use, or single-use codes. */
public enum Access {
    LINK("link"),
    CODES("codes");

    private final String code;

    Access(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
