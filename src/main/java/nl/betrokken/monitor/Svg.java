package nl.betrokken.monitor;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import nl.betrokken.common.web.Markup;

/** Small helpers for writing SVG by hand: escaped text and numbers without locale surprises. */
final class Svg {

    private Svg() {}

    static String text(String value) {
        return Markup.escape(value);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static final AtomicLong IDS = new AtomicLong();

    /** A unique id for title and description elements, so several charts can share a page. */
    static String id(String prefix) {
        return prefix + "-" + IDS.incrementAndGet();
    }
}
