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

/** The municipality's partner organisations for the LEA: the list with a form to add one, and one partner's page. */
@Path("/lea/partners")
@Produces(Html.UTF8)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD})
public class PartnerOrganisationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partners(
                List<PartnerOrganisationView> partners, boolean mayKeep, List<PartnerKind> kinds, StaffForm form);

        static native TemplateInstance partner(
                PartnerOrganisationView partner, boolean mayKeep, List<PartnerKind> kinds, StaffForm form);
    }

    private static final List<PartnerKind> KINDS = List.of(PartnerKind.values());

    private final PartnerOrganisationService partners;
    private final LeaForms forms;

    public PartnerOrganisationPages(PartnerOrganisationService partners, LeaForms forms) {
        this.partners = partners;
        this.forms = forms;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.partners(partners.list(), partners.mayKeep(), KINDS, StaffForm.empty());
    }

    @POST
    @RolesAllowed(Role.ANALYST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("kind") String kind) {
        StaffForm form = StaffForm.of("name", name, "kind", kind);
        return forms.createPartner(form)
                .map(id -> Html.seeOther("/lea/partners#partner-" + id))
                .orElseGet(() -> Html.badRequest(Templates.partners(partners.list(), true, KINDS, form)));
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public TemplateInstance partner(@PathParam("id") long id) {
        PartnerOrganisationView partner = partners.get(id);
        return Templates.partner(partner, partners.mayKeep(), KINDS, forms.editForm(partner));
    }

    @POST
    @Path("/{id}")
    @RolesAllowed(Role.ANALYST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") long id, @FormParam("name") String name, @FormParam("kind") String kind) {
        StaffForm form = StaffForm.of("name", name, "kind", kind);
        return forms.updatePartner(id, form)
                ? Html.seeOther("/lea/partners#partner-" + id)
                : Html.badRequest(Templates.partner(partners.get(id), true, KINDS, form));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Role.ANALYST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response archive(@PathParam("id") long id, @FormParam("archived") boolean archived) {
        partners.archive(id, archived);
        return Html.seeOther("/lea/partners#partner-" + id);
    }
}
