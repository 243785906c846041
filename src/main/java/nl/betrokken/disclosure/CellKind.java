package nl.betrokken.disclosure;

/** What a cell of published counts measures. */
public enum CellKind {
    /** The answers to one item key (an item, or an item in one mode): respondents per answer, '*' for all. */
    ITEM("item"),
    /** An indicator: positive and answered. */
    INDICATOR("indicator"),
    /** The sums behind Cronbach's alpha of one scale. */
    SCALE("scale");

    private final String code;

    CellKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static CellKind byCode(String code) {
        for (CellKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a cell kind: " + code);
    }
}
