package nl.betrokken.organisations;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/organisations")
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Municipalities, school boards and institutions")
public class OrganisationResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final OrganisationService organisations;

    public OrganisationResource(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @Operation(summary = "All municipalities with their boards and institutions")
    public OrganisationTree tree() {
        return organisations.tree();
    }

    @GET
    @Path("/municipalities")
    public List<MunicipalityView> municipalities() {
        return organisations.municipalities();
    }

    @GET
    @Path("/municipalities/{id}")
    public MunicipalityView municipality(@PathParam("id") long id) {
        return organisations.municipality(id);
    }

    @POST
    @Path("/municipalities")
    @RolesAllowed(Role.ADMIN)
    public Response createMunicipality(@Valid @NotNull(message = BODY_REQUIRED) MunicipalityRequest body) {
        MunicipalityView created = organisations.createMunicipality(body);
        return created(URI.create("/api/organisations/municipalities/" + created.id()), created);
    }

    @PUT
    @Path("/municipalities/{id}")
    @RolesAllowed(Role.ADMIN)
    public MunicipalityView updateMunicipality(
            @PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) MunicipalityRequest body) {
        return organisations.updateMunicipality(id, body);
    }

    @GET
    @Path("/boards")
    public List<BoardView> boards(@QueryParam("municipality") Long municipalityId) {
        return organisations.boards(municipalityId);
    }

    @GET
    @Path("/boards/{id}")
    public BoardView board(@PathParam("id") long id) {
        return organisations.board(id);
    }

    @POST
    @Path("/boards")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public Response createBoard(@Valid @NotNull(message = BODY_REQUIRED) BoardRequest body) {
        BoardView created = organisations.createBoard(body);
        return created(URI.create("/api/organisations/boards/" + created.id()), created);
    }

    @PUT
    @Path("/boards/{id}")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public BoardView updateBoard(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) BoardRequest body) {
        return organisations.updateBoard(id, body);
    }

    @GET
    @Path("/institutions")
    public List<InstitutionView> institutions(
            @QueryParam("board") Long boardId,
            @QueryParam("municipality") Long municipalityId,
            @QueryParam("sector") String sector) {
        return organisations.institutions(boardId, municipalityId, SectorParameter.parse(sector));
    }

    @GET
    @Path("/institutions/{id}")
    public InstitutionView institution(@PathParam("id") long id) {
        return organisations.institution(id);
    }

    @POST
    @Path("/institutions")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public Response createInstitution(@Valid @NotNull(message = BODY_REQUIRED) InstitutionRequest body) {
        InstitutionView created = organisations.createInstitution(body);
        return created(URI.create("/api/organisations/institutions/" + created.id()), created);
    }

    @PUT
    @Path("/institutions/{id}")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public InstitutionView updateInstitution(
            @PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) InstitutionRequest body) {
        return organisations.updateInstitution(id, body);
    }

    @POST
    @Path("/municipalities/{id}/archive")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Archive a municipality with its boards and institutions: history stays, no new waves")
    public MunicipalityView archiveMunicipality(@PathParam("id") long id) {
        return organisations.archiveMunicipality(id, true);
    }

    @POST
    @Path("/municipalities/{id}/restore")
    @RolesAllowed(Role.ADMIN)
    public MunicipalityView restoreMunicipality(@PathParam("id") long id) {
        return organisations.archiveMunicipality(id, false);
    }

    @POST
    @Path("/boards/{id}/archive")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Archive a board with its institutions")
    public BoardView archiveBoard(@PathParam("id") long id) {
        return organisations.archiveBoard(id, true);
    }

    @POST
    @Path("/boards/{id}/restore")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public BoardView restoreBoard(@PathParam("id") long id) {
        return organisations.archiveBoard(id, false);
    }

    @POST
    @Path("/institutions/{id}/archive")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Archive an institution: its history stays, it is offered for no new wave")
    public InstitutionView archiveInstitution(@PathParam("id") long id) {
        return organisations.archiveInstitution(id, true);
    }

    @POST
    @Path("/institutions/{id}/restore")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public InstitutionView restoreInstitution(@PathParam("id") long id) {
        return organisations.archiveInstitution(id, false);
    }

    private static Response created(URI location, Object body) {
        return Response.created(location).entity(body).build();
    }
}
