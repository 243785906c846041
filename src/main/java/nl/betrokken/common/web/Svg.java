package nl.betrokken.common.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Small helpers for writing SVG by hand (the monitor's charts, a wave's progress): escaped text and numbers without locale surprises. */
public final class Svg {

    private Svg() {}

    public static String text(String value) {
        return Markup.escape(value);
    }

    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static final AtomicLong IDS = new AtomicLong();

    /** A unique id for title and description elements, so several charts can share a page. */
    public static String id(String prefix) {
        return prefix + "-" + IDS.incrementAndGet();
    }
}
