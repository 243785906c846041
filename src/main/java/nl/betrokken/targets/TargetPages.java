package nl.betrokken.targets;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Targets on screen. Everyone sees the targets that concern them, with their status under the
 * disclosure rules; a municipality's analyst (or an administrator) sets, changes and removes them.
 */
@Path("/app/targets")
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Produces(Html.UTF8)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TargetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance targets(List<TargetView> targets, boolean mayEdit, String notice);

        static native TemplateInstance target(TargetView target, TargetForms.Choices choices, StaffForm form);
    }

    private final TargetService targets;
    private final TargetForms forms;
    private final CurrentUser currentUser;

    public TargetPages(TargetService targets, TargetForms forms, CurrentUser currentUser) {
        this.targets = targets;
        this.forms = forms;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("saved") String saved, @QueryParam("deleted") String deleted) {
        String notice = saved != null ? "Het doel is opgeslagen." : deleted != null ? "Het doel is verwijderd." : null;
        return Templates.targets(targets.list(), currentUser.require().administers(), notice);
    }

    @GET
    @Path("/new")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(hidden = true)
    public TemplateInstance form() {
        return Templates.target(null, forms.choices(), StaffForm.empty());
    }

    /** The fields of the target form, the same for a new target and a changed one. */
    public record Fields(
            @FormParam("municipalityId") String municipalityId,
            @FormParam("name") String name,
            @FormParam("indicator") String indicator,
            @FormParam("scope") String scope,
            @FormParam("threshold") String threshold,
            @FormParam("deadline") String deadline) {

        StaffForm form() {
            return StaffForm.of(
                    "municipalityId",
                    municipalityId,
                    "name",
                    name,
                    "indicator",
                    indicator,
                    "scope",
                    scope,
                    "threshold",
                    threshold,
                    "deadline",
                    deadline);
        }
    }

    @POST
    @Path("/new")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(hidden = true)
    public Response create(@BeanParam Fields fields) {
        StaffForm form = fields.form();
        return forms.create(form)
                .map(id -> Html.seeOther("/app/targets?saved=1"))
                .orElseGet(() -> Html.badRequest(Templates.target(null, forms.choices(), form)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("id") long id) {
        TargetView target = targets.get(id);
        return Templates.target(target, forms.choices(), forms.form(target));
    }

    @POST
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(hidden = true)
    public Response update(@PathParam("id") long id, @BeanParam Fields fields) {
        StaffForm form = fields.form();
        return forms.update(id, form)
                ? Html.seeOther("/app/targets?saved=1")
                : Html.badRequest(Templates.target(targets.get(id), forms.choices(), form));
    }

    @POST
    @Path("/{id}/delete")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(hidden = true)
    public Response delete(@PathParam("id") long id) {
        targets.delete(id);
        return Html.seeOther("/app/targets?deleted=1");
    }
}
