package nl.betrokken.common.web;

/** Text made safe to place inside HTML or SVG markup that is written by hand rather than by a template. */
public final class Markup {

    private Markup() {}

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
