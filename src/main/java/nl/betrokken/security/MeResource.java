package nl.betrokken.security;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.betrokken.common.api.ApiError;
import nl.betrokken.common.api.ApiErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in user: who am I, my password, and sessions for API clients that prefer a cookie to Basic. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Logging in and the current user")
public class MeResource {

    private final CurrentUser currentUser;
    private final AuthenticationService authentication;
    private final SecurityConfig config;

    public MeResource(CurrentUser currentUser, AuthenticationService authentication, SecurityConfig config) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.config = config;
    }

    @GET
    @Path("/me")
    @Authenticated
    public UserView me() {
        return UserView.of(currentUser.require());
    }

    @PUT
    @Path("/me/password")
    @Authenticated
    public Response changePassword(
            @Valid @NotNull(message = "a JSON body is required") PasswordRequest body,
            @Context HttpServerRequest request) {
        authentication.changePassword(
                currentUser.require(), body.currentPassword(), body.newPassword(), SessionCookie.token(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/session")
    @PermitAll
    @Operation(summary = "Log in and receive a session cookie (scripts use a personal API token instead)")
    public Response login(
            @Valid @NotNull(message = "a JSON body is required") LoginRequest body,
            @Context HttpServerRequest request) {
        String client = ClientAddress.of(request);
        AuthenticationService.LoginResult result =
                authentication.login(body.username(), body.password(), body.code(), client);
        if (result.succeeded()) {
            return Response.ok(UserView.of(result.session().user()))
                    .cookie(SessionCookie.of(
                            result.session().token(), result.session().lifetime(), config.secureCookies(), request))
                    .build();
        }
        if (result.failure() == AuthenticationService.Failure.SECOND_FACTOR_REQUIRED) {
            return ApiErrors.response(ApiError.of(
                    401,
                    "Second factor required",
                    "This account logs in with a second factor:"
                            + " send the code of the authenticator app (or a recovery code) in 'code' together with the password."
                            + " Scripts use a personal API token instead."));
        }
        if (result.failure() == AuthenticationService.Failure.BUSY) {
            return busy();
        }
        return result.failure() == AuthenticationService.Failure.THROTTLED
                ? ApiErrors.response(
                        ApiError.of(
                                429,
                                "Too many attempts",
                                "Too many attempts for this username or from this address; wait a moment (the wait doubles with every further failure, up to 15 minutes) and try again."))
                : ApiErrors.response(ApiError.of(401, "Not logged in", "The username or password is wrong."));
    }

    /** Every password-check thread is busy: not a wrong password, so "try again shortly". */
    static Response busy() {
        return Response.fromResponse(ApiErrors.response(ApiError.of(
                        503, "Busy", "Too many logins are being checked right now; try again in a few seconds.")))
                .header("Retry-After", "5")
                .build();
    }

    @DELETE
    @Path("/session")
    @PermitAll
    public Response logout(@Context HttpServerRequest request) {
        authentication.logout(SessionCookie.token(request));
        return Response.noContent()
                .cookie(SessionCookie.expired(config.secureCookies(), request))
                .build();
    }
}
