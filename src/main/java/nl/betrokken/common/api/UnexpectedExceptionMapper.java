package nl.betrokken.common.api;

import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/** A bug or an outage: the client gets a reference to quote, the log gets the stack trace. Never both. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Exception exception) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(exception, "Unexpected error (reference %s)", reference);
        return ApiErrors.response(ApiError.of(500, "Internal error",
                "Something went wrong on our side. Try again later; if it keeps happening, report reference " + reference + "."));
    }
}
