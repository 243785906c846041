package nl.betrokken.security;

import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.betrokken.common.api.ApiError;
import nl.betrokken.common.api.ErrorResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Logged in, but the role (or the way of logging in) does not allow this action; our own refusals say why. */
public class ForbiddenExceptionMapper {

    @ServerExceptionMapper
    public Response map(ForbiddenException exception, UriInfo uri) {
        String why = exception.getMessage() == null || exception.getMessage().isBlank()
                ? "Your role does not allow this."
                : exception.getMessage();
        return ErrorResponses.of(ApiError.of(403, "Forbidden", why), uri);
    }
}
