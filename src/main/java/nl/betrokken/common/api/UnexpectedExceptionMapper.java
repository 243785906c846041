package nl.betrokken.common.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.betrokken.common.database.DatabaseUnavailable;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A bug or an outage. A bug: the client gets a reference to quote, the log gets the stack trace,
 * never both. The database away: a 503 asking to try again shortly.
 */
public class UnexpectedExceptionMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    /** Seconds a client is asked to wait before sending the same request again when the database is away. */
    public static final String RETRY_AFTER_SECONDS = "30";

    @ServerExceptionMapper
    public Response map(Exception exception, UriInfo uri) {
        if (DatabaseUnavailable.in(exception)) {
            LOG.warnf("Database unavailable, answered 503: %s", DatabaseUnavailable.describe(exception));
            Response unavailable = ErrorResponses.of(
                    ApiError.of(
                            503,
                            "Service unavailable",
                            "The database cannot be reached just now, so nothing was changed. Send the same request again in a minute."),
                    uri);
            return Response.fromResponse(unavailable)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        return unexpected(exception, uri);
    }

    static Response unexpected(Exception exception, UriInfo uri) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(exception, "Unexpected error (reference %s)", reference);
        return ErrorResponses.of(
                ApiError.of(
                        500,
                        "Internal error",
                        "Something went wrong on our side. Try again later; if it keeps happening, report reference "
                                + reference + "."),
                uri);
    }
}
