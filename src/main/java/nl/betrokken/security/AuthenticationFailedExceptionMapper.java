package nl.betrokken.security;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;

/** Wrong Basic credentials, or too many tries: one answer, so it does not tell which. */
public class AuthenticationFailedExceptionMapper {

    @ServerExceptionMapper
    public Response map(AuthenticationFailedException exception, UriInfo uri) {
        return UnauthorizedExceptionMapper.notLoggedIn(uri,
                "The username or password is wrong, or there were too many attempts; wait 15 minutes before trying again.");
    }
}
