package nl.betrokken.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own personal API tokens; the page {@code /account/tokens} does the same on screen. */
@Path("/api/me/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

    private final ApiTokens tokens;
    private final CurrentUser currentUser;

    public ApiTokenResource(ApiTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "List your API tokens (never the tokens themselves)")
    public List<ApiTokenView> list() {
        return tokens.list(currentUser.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Make an API token: send it as 'Authorization: Bearer <token>'; it is shown only in this answer")
    public Response create(ApiTokenRequest request) {
        if (currentUser.viaToken()) {
            // a token that leaks must not be able to make more of itself, past its own expiry and revocation
            throw new ForbiddenException(
                    "make API tokens while logged in (the page /account/tokens), not with a token");
        }
        return Response.status(201)
                .entity(tokens.create(currentUser.require(), request))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke one of your API tokens")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(currentUser.require(), id);
        return Response.noContent().build();
    }
}
