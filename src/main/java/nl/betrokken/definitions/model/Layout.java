package nl.betrokken.definitions.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a questionnaire's pages are shown to whoever answers it. */
public enum Layout {
    /** One page at a time, each saved before the next is shown. */
    PAGES("pages"),
    /**
     * Every item on one page, each defined page a section of it with its title and intro: for short lists, where a
     * phone on a weak connection then needs one page and one send instead of one per page.
     */
    ONE_PAGE("one-page");

    private final String code;

    Layout(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Layout> byCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(Layout::code).collect(Collectors.joining(", "));
    }
}
