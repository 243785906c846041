package nl.betrokken.common.api;

import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A bug or an outage: the client gets a reference to quote, the log gets the stack trace. Never both. */
public class UnexpectedExceptionMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(Exception exception, UriInfo uri) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(exception, "Unexpected error (reference %s)", reference);
        return ErrorResponses.of(ApiError.of(500, "Internal error",
                "Something went wrong on our side. Try again later; if it keeps happening, report reference " + reference + "."),
                uri);
    }
}
