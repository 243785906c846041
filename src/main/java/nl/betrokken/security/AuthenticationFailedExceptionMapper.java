package nl.betrokken.security;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.betrokken.common.api.ErrorResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A wrong token, wrong Basic credentials, or too many tries: one answer, so it does not tell which. */
public class AuthenticationFailedExceptionMapper {

    @ServerExceptionMapper
    public Response map(AuthenticationFailedException exception, UriInfo uri) {
        if (AuthenticationService.Failure.BUSY.name().equals(exception.getMessage()) && ErrorResponses.isApi(uri)) {
            // not a wrong password: every password-check thread is busy, so the answer says wait
            return MeResource.busy();
        }
        return UnauthorizedExceptionMapper.notLoggedIn(
                uri,
                "The token is unknown, expired or revoked, or the username or password is wrong, or there were too many attempts; check the credentials, or wait a moment (longer after every further failure) and try again.");
    }
}
