package nl.betrokken.targets;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Tag(name = "Targets", description = "Targets on indicators, with status (met, not met, undetermined) and trend")
public class TargetResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final TargetService targets;
    private final DecisionService decisions;

    public TargetResource(TargetService targets, DecisionService decisions) {
        this.targets = targets;
        this.decisions = decisions;
    }

    @GET
    @Operation(summary = "Targets of the municipalities you can see, each with its status")
    public List<TargetView> list() {
        return targets.list();
    }

    @GET
    @Path("/{id}")
    public TargetView get(@PathParam("id") long id) {
        return targets.get(id);
    }

    @GET
    @Path("/waves/{waveId}/decisions")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(
            summary = "How many answers the targets on this wave still need",
            description = "Per target and school: further answers for the interval to clear the target at the"
                    + " current share, and answers per wave to detect a change of 'change' (default 0.05) with"
                    + " 80 % power")
    public Decisions decisions(@PathParam("waveId") long waveId, @QueryParam("change") String change) {
        return decisions.of(waveId, change);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) TargetRequest body) {
        TargetView created = targets.create(body);
        return Response.created(URI.create("/api/targets/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public TargetView update(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) TargetRequest body) {
        return targets.update(id, body);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public Response delete(@PathParam("id") long id) {
        targets.delete(id);
        return Response.noContent().build();
    }
}
