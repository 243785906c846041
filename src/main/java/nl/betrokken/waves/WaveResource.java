package nl.betrokken.waves;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.betrokken.disclosure.Publication;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Tag(name = "Waves", description = "Administrations of a questionnaire, their links and codes, and response rates")
public class WaveResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final WaveService waves;

    public WaveResource(WaveService waves) {
        this.waves = waves;
    }

    @GET
    @Operation(summary = "The waves that include an institution you can see")
    public List<WaveView> list() {
        return waves.list();
    }

    @POST
    @Operation(summary = "Open a wave for institutions in your scope")
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) WaveRequest body) {
        WaveView created = waves.create(body);
        return Response.created(URI.create("/api/waves/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One wave with the links and response rates of the institutions you can see")
    public WaveView get(@PathParam("id") long id) {
        return waves.get(id);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a wave today")
    public WaveView close(@PathParam("id") long id) {
        return waves.close(id);
    }

    @PATCH
    @Path("/{id}")
    @Operation(
            summary = "Change an open wave: a new closing date (closesOn, not before it opens, not in the past)"
                    + " or status \"closed\" to close it today; for whoever sees every institution in it")
    public WaveView change(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) WaveChange body) {
        return waves.change(id, body);
    }

    @POST
    @Path("/{id}/institutions/{institutionId}")
    @Operation(
            summary = "Add an institution of the wave's municipality that you see to an open wave, with its own link")
    public WaveView addInstitution(@PathParam("id") long id, @PathParam("institutionId") long institutionId) {
        return waves.addInstitution(id, institutionId);
    }

    @DELETE
    @Path("/{id}/institutions/{institutionId}")
    @Operation(summary = "Take an institution out of an open wave; refused (409) once anyone answered or started there")
    public WaveView removeInstitution(@PathParam("id") long id, @PathParam("institutionId") long institutionId) {
        return waves.removeInstitution(id, institutionId).wave();
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Publish the wave's figures now; a figure changes only when enough new answers came in")
    public Publication.Outcome publish(@PathParam("id") long id) {
        return waves.publishNow(id);
    }

    @PUT
    @Path("/{id}/institutions/{institutionId}/code-limit")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(
            summary = "Set how many single-use codes an institution may have (default: its population plus a margin)")
    public WaveView codeLimit(
            @PathParam("id") long id,
            @PathParam("institutionId") long institutionId,
            @Valid @NotNull(message = BODY_REQUIRED) CodeLimitRequest body) {
        return waves.codeLimit(id, institutionId, body.limit());
    }

    @POST
    @Path("/{id}/institutions/{institutionId}/codes")
    @Operation(summary = "Make single-use codes; they are shown only in this answer")
    public Response codes(
            @PathParam("id") long id,
            @PathParam("institutionId") long institutionId,
            @Valid @NotNull(message = BODY_REQUIRED) CodesRequest body) {
        return Response.status(201)
                .entity(waves.generateCodes(id, institutionId, body.count()))
                .build();
    }
}
