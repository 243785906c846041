package nl.betrokken.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Tag(name = "Users", description = "Accounts of administrators, municipalities, boards and institutions")
public class UserResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @GET
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("/{id}")
    public UserView get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) UserRequest body) {
        UserView created = users.create(body);
        return Response.created(URI.create("/api/users/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    public UserView update(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) UserRequest body) {
        return users.update(id, body);
    }

    @POST
    @Path("/{id}/invitation")
    @Operation(
            summary = "A new invitation link (valid for a week by default) with which the user chooses a password;"
                    + " the link is shown once")
    public Response invite(@PathParam("id") long id, @Context UriInfo uri) {
        UserService.Invitation invitation = users.invite(id);
        return Response.status(201)
                .entity(Map.of(
                        "link",
                        uri.getBaseUriBuilder().path(invitation.path()).build().toString(),
                        "expiresAt",
                        invitation.expiresAt().toString()))
                .build();
    }

    @POST
    @Path("/{id}/password-reset")
    public Response resetPassword(
            @PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) PasswordRequest body) {
        users.resetPassword(id, body.newPassword());
        return Response.noContent().build();
    }
}
