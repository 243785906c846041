package nl.betrokken.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.betrokken.common.api.ApiError;
import nl.betrokken.common.api.ApiErrors;
import nl.betrokken.common.api.ErrorResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Not logged in: the API says so in JSON, a page sends the browser to the login form and back. */
public class UnauthorizedExceptionMapper {

    @ServerExceptionMapper
    public Response map(UnauthorizedException exception, UriInfo uri) {
        return notLoggedIn(
                uri,
                "Log in first: send a personal API token (made on your account page) as Authorization: Bearer, or POST /api/session to get a session cookie.");
    }

    static Response notLoggedIn(UriInfo uri, String detail) {
        if (ErrorResponses.isApi(uri)) {
            // no WWW-Authenticate: a browser would answer a Basic challenge with its own password prompt
            return ApiErrors.response(ApiError.of(401, "Not logged in", detail));
        }
        String next = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null
                        ? ""
                        : "?" + uri.getRequestUri().getRawQuery());
        return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                .build();
    }
}
