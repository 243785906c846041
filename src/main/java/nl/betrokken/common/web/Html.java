package nl.betrokken.common.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The content type of every page. The charset is explicit: a JVM started without a UTF-8 locale
 * (LANG unset, as on many servers) would otherwise turn Arabic, Turkish and Polish into question marks.
 */
public final class Html {

    public static final String UTF8 = "text/html;charset=UTF-8";

    private Html() {}

    /** After a form was handled: the browser goes on to this page with a GET (post/redirect/get). */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** A form page drawn again with what was wrong, with the status that says so. */
    public static Response badRequest(Object page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).build();
    }
}
