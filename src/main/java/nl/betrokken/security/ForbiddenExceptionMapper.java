package nl.betrokken.security;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import nl.betrokken.common.api.ApiError;
import nl.betrokken.common.api.ErrorResponses;

/** Logged in, but the role does not allow this action. */
public class ForbiddenExceptionMapper {

    @ServerExceptionMapper
    public Response map(ForbiddenException exception, UriInfo uri) {
        return ErrorResponses.of(ApiError.of(403, "Forbidden", "Your role does not allow this."), uri);
    }
}
