package nl.betrokken.common.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class ConflictExceptionMapper {

    @ServerExceptionMapper
    public Response map(ConflictException exception, UriInfo uri) {
        return ErrorResponses.of(ApiError.of(409, "Conflict", exception.getMessage()), uri);
    }
}
