package nl.betrokken.lea;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

    @GET
    @Path("/plans")
    @Operation(summary = "The action plans the caller can read")
    public List<PlanView.Summary> plans() {
        return plans.list();
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
