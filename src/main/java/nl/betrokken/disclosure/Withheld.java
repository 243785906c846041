package nl.betrokken.disclosure;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a figure is not shown. */
public enum Withheld {
    /** No institution in the group has enough answers (not even the threshold), or nobody answered. */
    TOO_FEW_ANSWERS("too-few-answers"),
    /** The figure reaches beyond the viewer's own institutions into fewer institutions than the rule asks. */
    FEW_INSTITUTIONS_BEYOND_SCOPE("few-institutions-beyond-scope"),
    /** Shown, it would let another hidden figure be worked out by subtraction. */
    PROTECTS_ANOTHER_FIGURE("protects-another-figure"),
    /** This kind of figure is not available beyond the viewer's own institutions. */
    BEYOND_SCOPE("beyond-scope");

    private final String code;

    Withheld(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
