package nl.betrokken.disclosure;

/** What a cell of published counts measures. */
public enum CellKind {
    /** The answers to one item key (an item, or an item in one mode): respondents per answer, '*' for all. */
    ITEM("item"),
    /** An indicator: positive and answered. */
    INDICATOR("indicator"),
    /** The sums behind Cronbach's alpha of one scale. */
    SCALE("scale"),
    /** A background question's answers within one segment of the respondents: measure "segment|item key". */
    SEGMENT_ITEM("segment-item"),
    /** An indicator within one segment of the respondents: measure "segment|indicator". */
    SEGMENT_INDICATOR("segment-indicator"),
    /** The themes analysts coded the answers to one open item with: answers per theme id, '*' for those coded. */
    THEME("theme");

    private final String code;

    CellKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind whose cells this one splits by segment; itself for the others. */
    CellKind whole() {
        return switch (this) {
            case SEGMENT_ITEM -> ITEM;
            case SEGMENT_INDICATOR -> INDICATOR;
            default -> this;
        };
    }

    /** The measure of a segment cell: the segment's code and the whole cell's measure. */
    static String segmentMeasure(Segment segment, String measure) {
        return segment.code() + "|" + measure;
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
