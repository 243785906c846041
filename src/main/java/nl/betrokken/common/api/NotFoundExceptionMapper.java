package nl.betrokken.common.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class NotFoundExceptionMapper {

    @ServerExceptionMapper
    public Response map(NotFoundException exception, UriInfo uri) {
        return ErrorResponses.of(ApiError.of(404, "Not found", exception.getMessage()), uri);
    }
}
