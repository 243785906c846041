package nl.betrokken.common.web;

/**
 * The content type of every page. The charset is explicit: a JVM started without a UTF-8 locale
 * (LANG unset, as on many servers) would otherwise turn Arabic, Turkish and Polish into question marks.
 */
public final class Html {

    public static final String UTF8 = "text/html;charset=UTF-8";

    private Html() {}
}
