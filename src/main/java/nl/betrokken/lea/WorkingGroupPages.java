package nl.betrokken.lea;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The working group of a screening round ({@code /lea/screenings/…}) or a plan ({@code /lea/plans/…}). */
@Path("/lea/{kind}/{id}/working-group")
@Produces(Html.UTF8)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD})
public class WorkingGroupPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance group(WorkingGroupView g, List<WorkingGroupRole> roles, StaffForm form);

        static native TemplateInstance member(
                WorkingGroupView g, WorkingGroupView.Member m, List<WorkingGroupRole> roles, StaffForm form);
    }

    private static final List<WorkingGroupRole> ROLES = List.of(WorkingGroupRole.values());

    private final WorkingGroupService workingGroups;
    private final LeaForms forms;

    public WorkingGroupPages(WorkingGroupService workingGroups, LeaForms forms) {
        this.workingGroups = workingGroups;
        this.forms = forms;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance group(@PathParam("kind") String kind, @PathParam("id") long id) {
        return Templates.group(workingGroups.view(kind, id), ROLES, StaffForm.of("role", "member"));
    }

    @POST
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(
            @PathParam("kind") String kind,
            @PathParam("id") long id,
            @FormParam("name") String name,
            @FormParam("organisation") String organisation,
            @FormParam("role") String role,
            @FormParam("parent") String parent) {
        StaffForm form = StaffForm.of("name", name, "organisation", organisation, "role", role, "parent", parent);
        return forms.addMember(kind, id, form)
                .map(member -> Html.seeOther(path(kind, id) + "#member-" + member))
                .orElseGet(() -> Html.badRequest(Templates.group(workingGroups.view(kind, id), ROLES, form)));
    }

    @GET
    @Path("/{memberId}")
    @Operation(hidden = true)
    public TemplateInstance member(
            @PathParam("kind") String kind, @PathParam("id") long id, @PathParam("memberId") long memberId) {
        WorkingGroupView.Member member = workingGroups.member(kind, id, memberId);
        return Templates.member(workingGroups.view(kind, id), member, ROLES, forms.editForm(member));
    }

    @POST
    @Path("/{memberId}")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(
            @PathParam("kind") String kind,
            @PathParam("id") long id,
            @PathParam("memberId") long memberId,
            @FormParam("name") String name,
            @FormParam("organisation") String organisation,
            @FormParam("role") String role,
            @FormParam("parent") String parent) {
        StaffForm form = StaffForm.of("name", name, "organisation", organisation, "role", role, "parent", parent);
        return forms.updateMember(kind, id, memberId, form)
                ? Html.seeOther(path(kind, id) + "#member-" + memberId)
                : Html.badRequest(Templates.member(
                        workingGroups.view(kind, id), workingGroups.member(kind, id, memberId), ROLES, form));
    }

    @POST
    @Path("/{memberId}/delete")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(
            @PathParam("kind") String kind, @PathParam("id") long id, @PathParam("memberId") long memberId) {
        workingGroups.delete(kind, id, memberId);
        return Html.seeOther(path(kind, id));
    }

    private static String path(String kind, long id) {
        return "/lea/" + kind + "/" + id + "/working-group";
    }
}
