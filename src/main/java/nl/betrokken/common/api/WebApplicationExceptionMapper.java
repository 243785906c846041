package nl.betrokken.common.api;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors raised by the HTTP layer itself (unknown path, wrong method, unsupported media type). */
public class WebApplicationExceptionMapper {

    @ServerExceptionMapper
    public Response map(WebApplicationException exception, UriInfo uri) {
        if (exception.getCause() instanceof JsonParseException malformed) {
            // Quarkus REST wraps unreadable JSON in a plain 400; the client deserves to know where it broke.
            return JsonParseExceptionMapper.response(malformed);
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Response.StatusType type = original.getStatusInfo();
        String title = type.getReasonPhrase() == null ? "Error" : type.getReasonPhrase();
        return ErrorResponses.of(ApiError.of(status, title, detail(status, exception)), uri);
    }

    private static String detail(int status, WebApplicationException exception) {
        return switch (status) {
            case 404 -> "Nothing is found at this address. See /q/openapi for the API.";
            case 405 -> "This address does not accept this HTTP method. See /q/openapi for the API.";
            case 406 -> "This address cannot answer in the requested format; ask for application/json.";
            case 415 -> "Send the body as application/json.";
            default -> exception.getMessage();
        };
    }
}
