package nl.betrokken.common.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST reports a form body it cannot decode (a % not followed by two hexadecimal digits)
 * as an IllegalArgumentException; that is the client's mistake, not ours. Any other
 * IllegalArgumentException is a bug and is treated as one.
 */
public class MalformedFormExceptionMapper {

    @ServerExceptionMapper
    public Response map(IllegalArgumentException exception, UriInfo uri) {
        String message = exception.getMessage();
        if (message != null && message.startsWith("Failed to decode")) {
            return ErrorResponses.of(
                    ApiError.of(
                            400,
                            "Malformed form",
                            "The form data could not be read: every % must be followed by two hexadecimal digits. Send the form again."),
                    uri);
        }
        return UnexpectedExceptionMapper.unexpected(exception, uri);
    }
}
