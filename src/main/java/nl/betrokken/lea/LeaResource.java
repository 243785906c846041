package nl.betrokken.lea;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The LEA screenings, plans and yearly evaluations as data, for reports and other tools. */
@Path("/api/lea")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD})
@Tag(name = "LEA", description = "Screening rounds, local action plans and their yearly evaluation")
public class LeaResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final ScreeningService screenings;
    private final ActionPlanService plans;
    private final EvaluationService evaluations;

    public LeaResource(ScreeningService screenings, ActionPlanService plans, EvaluationService evaluations) {
        this.screenings = screenings;
        this.plans = plans;
        this.evaluations = evaluations;
    }

    @GET
    @Path("/screenings")
    @Operation(summary = "The screening rounds the caller takes part in")
    public List<ScreeningView.Summary> screenings() {
        return screenings.list();
    }

    @PUT
    @Path("/screenings/{id}/lead")
    @RolesAllowed(Role.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand a screening round to a board of the municipality, or back to it (boardId null)")
    public LeadView screeningLead(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) LeaRequests.Lead body) {
        return screenings.changeLead(id, body);
    }

    @POST
    @Path("/screenings/{id}/partners")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite more boards and partner organisations to a round (the lead, until the meeting)")
    public List<ScreeningView.PartnerStatus> invite(
            @PathParam("id") long id, @NotNull(message = BODY_REQUIRED) LeaRequests.Invitation body) {
        screenings.invite(id, body);
        return screenings.view(id).partners();
    }

    @GET
    @Path("/screenings/{id}/partners")
    @Operation(summary = "The partners of a round with their progress")
    public List<ScreeningView.PartnerStatus> partners(@PathParam("id") long id) {
        return screenings.view(id).partners();
    }

    @GET
    @Path("/plans")
    @Operation(summary = "The action plans the caller can read")
    public List<PlanView.Summary> plans() {
        return plans.list();
    }

    @PUT
    @Path("/plans/{id}/lead")
    @RolesAllowed(Role.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand an action plan to a board of the municipality, or back to it (boardId null)")
    public LeadView planLead(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) LeaRequests.Lead body) {
        return plans.changeLead(id, body);
    }

    @GET
    @Path("/suggestions")
    @Operation(summary = "Example visions and criteria from the LEA policy box that a plan can adopt")
    public List<PlanView.Suggestion> suggestions() {
        return plans.suggestions();
    }

    @POST
    @Path("/plans/{id}/suggestions/{suggestionId}")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Operation(summary = "Copy a suggestion to the end of the plan's shared vision and goals (the lead)")
    public PlanView.SectionView adopt(@PathParam("id") long id, @PathParam("suggestionId") String suggestionId) {
        return plans.adopt(id, suggestionId);
    }

    @GET
    @Path("/plans/{id}/evaluation")
    @Operation(
            summary =
                    "A plan's evaluation for a year (default: this year): per goal its target as the monitor showed it at"
                            + " the end of that year, and the partners' comments")
    public EvaluationView evaluation(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return evaluations.evaluation(id, year);
    }
}
