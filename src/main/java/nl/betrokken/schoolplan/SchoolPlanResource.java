package nl.betrokken.schoolplan;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The school improvement plans as data, mirroring their pages; plans are addressed by their institution's id. */
@Path("/api/school-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Tag(
        name = "School plans",
        description = "A school's improvement actions, their history and the follow-up of their statements")
public class SchoolPlanResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final SchoolPlanService plans;

    public SchoolPlanResource(SchoolPlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(summary = "The schools you can see, with the number of actions in their plan")
    public List<SchoolPlanView.Summary> list() {
        return plans.list();
    }

    @GET
    @Path("/{institutionId}")
    @Operation(
            summary = "A school's plan: every action, and per statement its change since the wave the action"
                    + " started from")
    public SchoolPlanView plan(@PathParam("institutionId") long institutionId) {
        return plans.plan(institutionId);
    }

    @GET
    @Path("/{institutionId}/actions/{actionId}")
    public SchoolPlanView.ActionView action(
            @PathParam("institutionId") long institutionId, @PathParam("actionId") long actionId) {
        return plans.action(institutionId, actionId);
    }

    @POST
    @Path("/{institutionId}/actions")
    @RolesAllowed({Role.BOARD, Role.LEAD})
    @Operation(summary = "Adds an action (the school's lead or its board); the plan is made with its first action")
    public Response add(
            @PathParam("institutionId") long institutionId,
            @Valid @NotNull(message = BODY_REQUIRED) ActionRequest body) {
        SchoolPlanView.ActionView created = plans.add(institutionId, body);
        return Response.created(URI.create("/api/school-plans/" + institutionId + "/actions/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{institutionId}/actions/{actionId}")
    @RolesAllowed({Role.BOARD, Role.LEAD})
    @Operation(summary = "Changes an action; send the revision you read (409 when someone saved it since)")
    public SchoolPlanView.ActionView update(
            @PathParam("institutionId") long institutionId,
            @PathParam("actionId") long actionId,
            @Valid @NotNull(message = BODY_REQUIRED) ActionRequest body) {
        return plans.update(institutionId, actionId, body);
    }

    @GET
    @Path("/{institutionId}/history")
    @Operation(summary = "Every change to the school's plan, newest first: who, when and what changed")
    public SchoolPlanView.History history(@PathParam("institutionId") long institutionId) {
        return plans.history(institutionId);
    }
}
