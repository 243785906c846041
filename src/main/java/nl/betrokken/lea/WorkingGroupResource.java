package nl.betrokken.lea;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working group of a screening round ({@code kind} screenings) or an action plan ({@code plans}).
 * Names come back only to the municipality's own staff; the administrator gets roles without names.
 */
@Path("/api/lea/{kind}/{id}/working-group")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD})
@Tag(name = "LEA", description = "Screening rounds, local action plans and their yearly evaluation")
public class WorkingGroupResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final WorkingGroupService workingGroups;

    public WorkingGroupResource(WorkingGroupService workingGroups) {
        this.workingGroups = workingGroups;
    }

    @GET
    @Operation(summary = "The working group of a round (kind: screenings) or a plan (kind: plans)")
    public WorkingGroupView list(@PathParam("kind") String kind, @PathParam("id") long id) {
        return workingGroups.view(kind, id);
    }

    @POST
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Operation(summary = "Add a member (role: chair, secretary, member, advisor; parent: true for a parent); the lead")
    public Response add(
            @PathParam("kind") String kind,
            @PathParam("id") long id,
            @Valid @NotNull(message = BODY_REQUIRED) LeaRequests.Member body) {
        WorkingGroupView.Member added = workingGroups.add(kind, id, body);
        return Response.created(URI.create("/api/lea/" + kind + "/" + id + "/working-group/" + added.id()))
                .entity(added)
                .build();
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    public WorkingGroupView.Member update(
            @PathParam("kind") String kind,
            @PathParam("id") long id,
            @PathParam("memberId") long memberId,
            @Valid @NotNull(message = BODY_REQUIRED) LeaRequests.Member body) {
        return workingGroups.update(kind, id, memberId, body);
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    public Response delete(
            @PathParam("kind") String kind, @PathParam("id") long id, @PathParam("memberId") long memberId) {
        workingGroups.delete(kind, id, memberId);
        return Response.noContent().build();
    }
}
