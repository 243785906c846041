package nl.betrokken.administration;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Municipalities, boards and schools on screen: the administrator's for every municipality, an
 * analyst's for the boards and schools of its own. Each form posts here and the page comes back with
 * the errors by their fields, or the browser goes on to the changed object's page.
 */
@Path("/app/admin/organisations")
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Produces(Html.UTF8)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class OrganisationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisations(OrganisationAdmin.Overview overview, StaffForm form);

        static native TemplateInstance municipality(
                OrganisationAdmin.MunicipalityPage page, StaffForm edit, StaffForm board, StaffForm institution);

        static native TemplateInstance board(OrganisationAdmin.BoardPage page, StaffForm form);

        static native TemplateInstance institution(OrganisationAdmin.InstitutionPage page, StaffForm form);
    }

    private final OrganisationAdmin admin;

    public OrganisationPages(OrganisationAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(hidden = true)
    public Response overview(@QueryParam("q") String query) {
        return admin.overview(query)
                .map(overview -> Response.ok(Templates.organisations(overview, StaffForm.empty()))
                        .build())
                .orElseGet(() -> Html.seeOther("/app/admin/organisations/municipalities/" + admin.ownMunicipality()));
    }

    @POST
    @Path("/municipalities")
    @RolesAllowed(Role.ADMIN)
    @Operation(hidden = true)
    public Response createMunicipality(@FormParam("name") String name, @FormParam("cbsCode") String cbsCode) {
        StaffForm form = StaffForm.of("name", name, "cbsCode", cbsCode);
        return admin.createMunicipality(form)
                .map(id -> Html.seeOther("/app/admin/organisations/municipalities/" + id + "?created=1"))
                .orElseGet(() -> Html.badRequest(
                        Templates.organisations(admin.overview(null).orElseThrow(), form)));
    }

    @GET
    @Path("/municipalities/{id}")
    @Operation(hidden = true)
    public TemplateInstance municipality(
            @PathParam("id") long id, @QueryParam("q") String query, @QueryParam("created") String created) {
        OrganisationAdmin.MunicipalityPage page = admin.municipalityPage(id, query);
        return Templates.municipality(page, admin.editForm(page.municipality()), StaffForm.empty(), StaffForm.empty());
    }

    @POST
    @Path("/municipalities/{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(hidden = true)
    public Response updateMunicipality(
            @PathParam("id") long id, @FormParam("name") String name, @FormParam("cbsCode") String cbsCode) {
        StaffForm form = StaffForm.of("name", name, "cbsCode", cbsCode);
        return admin.updateMunicipality(id, form)
                ? Html.seeOther("/app/admin/organisations/municipalities/" + id + "?saved=1")
                : Html.badRequest(Templates.municipality(
                        admin.municipalityPage(id, null), form, StaffForm.empty(), StaffForm.empty()));
    }

    @POST
    @Path("/municipalities/{id}/archive")
    @RolesAllowed(Role.ADMIN)
    @Operation(hidden = true)
    public Response archiveMunicipality(@PathParam("id") long id, @FormParam("archived") boolean archived) {
        admin.archiveMunicipality(id, archived);
        return Html.seeOther("/app/admin/organisations/municipalities/" + id);
    }

    @POST
    @Path("/municipalities/{id}/boards")
    @Operation(hidden = true)
    public Response createBoard(@PathParam("id") long municipalityId, @FormParam("name") String name) {
        StaffForm form = StaffForm.of("name", name);
        return admin.createBoard(municipalityId, form)
                .map(board ->
                        Html.seeOther("/app/admin/organisations/municipalities/" + municipalityId + "#board-" + board))
                .orElseGet(() -> {
                    OrganisationAdmin.MunicipalityPage page = admin.municipalityPage(municipalityId, null);
                    return Html.badRequest(
                            Templates.municipality(page, admin.editForm(page.municipality()), form, StaffForm.empty()));
                });
    }

    @POST
    @Path("/municipalities/{id}/institutions")
    @Operation(hidden = true)
    public Response createInstitution(
            @PathParam("id") long municipalityId,
            @FormParam("boardId") String boardId,
            @FormParam("name") String name,
            @FormParam("sector") String sector,
            @FormParam("brinCode") String brinCode) {
        StaffForm form = StaffForm.of("boardId", boardId, "name", name, "sector", sector, "brinCode", brinCode);
        return admin.createInstitution(municipalityId, form)
                .map(institution ->
                        Html.seeOther("/app/admin/organisations/institutions/" + institution + "?created=1"))
                .orElseGet(() -> {
                    OrganisationAdmin.MunicipalityPage page = admin.municipalityPage(municipalityId, null);
                    return Html.badRequest(
                            Templates.municipality(page, admin.editForm(page.municipality()), StaffForm.empty(), form));
                });
    }

    @GET
    @Path("/boards/{id}")
    @Operation(hidden = true)
    public TemplateInstance board(@PathParam("id") long id) {
        OrganisationAdmin.BoardPage page = admin.boardPage(id);
        return Templates.board(page, StaffForm.of("name", page.board().name()));
    }

    @POST
    @Path("/boards/{id}")
    @Operation(hidden = true)
    public Response updateBoard(@PathParam("id") long id, @FormParam("name") String name) {
        StaffForm form = StaffForm.of("name", name);
        return admin.updateBoard(id, form)
                .map(municipality ->
                        Html.seeOther("/app/admin/organisations/municipalities/" + municipality + "#board-" + id))
                .orElseGet(() -> Html.badRequest(Templates.board(admin.boardPage(id), form)));
    }

    @POST
    @Path("/boards/{id}/archive")
    @Operation(hidden = true)
    public Response archiveBoard(@PathParam("id") long id, @FormParam("archived") boolean archived) {
        long municipality = admin.archiveBoard(id, archived);
        return Html.seeOther("/app/admin/organisations/municipalities/" + municipality + "#board-" + id);
    }

    @GET
    @Path("/institutions/{id}")
    @Operation(hidden = true)
    public TemplateInstance institution(@PathParam("id") long id) {
        OrganisationAdmin.InstitutionPage page = admin.institutionPage(id);
        return Templates.institution(page, admin.editForm(page.institution()));
    }

    @POST
    @Path("/institutions/{id}")
    @Operation(hidden = true)
    public Response updateInstitution(
            @PathParam("id") long id,
            @FormParam("boardId") String boardId,
            @FormParam("name") String name,
            @FormParam("sector") String sector,
            @FormParam("brinCode") String brinCode,
            @FormParam("pupilCount") String pupils,
            @FormParam("parentCount") String parents,
            @FormParam("staffCount") String staff) {
        StaffForm form = StaffForm.of(
                "boardId",
                boardId,
                "name",
                name,
                "sector",
                sector,
                "brinCode",
                brinCode,
                "pupilCount",
                pupils,
                "parentCount",
                parents,
                "staffCount",
                staff);
        return admin.updateInstitution(id, form)
                ? Html.seeOther("/app/admin/organisations/institutions/" + id + "?saved=1")
                : Html.badRequest(Templates.institution(admin.institutionPage(id), form));
    }

    @POST
    @Path("/institutions/{id}/archive")
    @Operation(hidden = true)
    public Response archiveInstitution(@PathParam("id") long id, @FormParam("archived") boolean archived) {
        admin.archiveInstitution(id, archived);
        return Html.seeOther("/app/admin/organisations/institutions/" + id);
    }

    /** The sectors in the order the forms offer them. */
    static List<Sector> sectors() {
        return List.of(Sector.values());
    }
}
