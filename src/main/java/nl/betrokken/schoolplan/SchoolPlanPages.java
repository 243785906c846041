package nl.betrokken.schoolplan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The school's improvement plan on screen: the list of schools, a school's plan with the follow-up
 * of every action, the action form and the history. The lead and the board write; the municipality
 * and the administrator read.
 */
@Path("/app/school-plans")
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Produces(Html.UTF8)
public class SchoolPlanPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plans(List<SchoolPlanView.Summary> plans);

        static native TemplateInstance plan(SchoolPlanView p, String notice);

        static native TemplateInstance action(SchoolPlanView.ActionForm f, StaffForm form);

        static native TemplateInstance history(SchoolPlanView.History h);
    }

    private final SchoolPlanService plans;
    private final SchoolPlanForms forms;

    public SchoolPlanPages(SchoolPlanService plans, SchoolPlanForms forms) {
        this.plans = plans;
        this.forms = forms;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.plans(plans.list());
    }

    @GET
    @Path("/{institutionId}")
    @Operation(hidden = true)
    public TemplateInstance plan(@PathParam("institutionId") long institutionId, @QueryParam("saved") String saved) {
        return Templates.plan(plans.plan(institutionId), saved == null ? null : "De actie is opgeslagen.");
    }

    @GET
    @Path("/{institutionId}/actions/new")
    @RolesAllowed({Role.BOARD, Role.LEAD})
    @Operation(hidden = true)
    public TemplateInstance newAction(@PathParam("institutionId") long institutionId) {
        return Templates.action(plans.form(institutionId, null), StaffForm.of("status", "planned"));
    }

    @POST
    @Path("/{institutionId}/actions")
    @RolesAllowed({Role.BOARD, Role.LEAD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(@PathParam("institutionId") long institutionId, MultivaluedMap<String, String> sent) {
        StaffForm form = SchoolPlanForms.of(sent);
        return forms.add(institutionId, form)
                .map(id -> Html.seeOther("/app/school-plans/" + institutionId + "?saved=1#action-" + id))
                .orElseGet(() -> Html.badRequest(Templates.action(plans.form(institutionId, null), form)));
    }

    @GET
    @Path("/{institutionId}/actions/{actionId}")
    @RolesAllowed({Role.BOARD, Role.LEAD})
    @Operation(hidden = true)
    public TemplateInstance editAction(
            @PathParam("institutionId") long institutionId, @PathParam("actionId") long actionId) {
        SchoolPlanView.ActionView action = plans.action(institutionId, actionId);
        return Templates.action(plans.form(institutionId, actionId), SchoolPlanForms.of(action));
    }

    @POST
    @Path("/{institutionId}/actions/{actionId}")
    @RolesAllowed({Role.BOARD, Role.LEAD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(
            @PathParam("institutionId") long institutionId,
            @PathParam("actionId") long actionId,
            MultivaluedMap<String, String> sent) {
        StaffForm form = SchoolPlanForms.of(sent);
        return forms.update(institutionId, actionId, form)
                ? Html.seeOther("/app/school-plans/" + institutionId + "?saved=1#action-" + actionId)
                : Html.badRequest(Templates.action(plans.form(institutionId, actionId), form));
    }

    @GET
    @Path("/{institutionId}/history")
    @Operation(hidden = true)
    public TemplateInstance history(@PathParam("institutionId") long institutionId) {
        return Templates.history(plans.history(institutionId));
    }
}
