package nl.betrokken.lea;

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

/** The municipality's care and welfare partners for the LEA, as on the page /lea/partners. */
@Path("/api/lea/partner-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD})
@Tag(name = "LEA", description = "Screening rounds, local action plans and their yearly evaluation")
public class PartnerOrganisationResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final PartnerOrganisationService partners;

    public PartnerOrganisationResource(PartnerOrganisationService partners) {
        this.partners = partners;
    }

    @GET
    @Operation(summary = "The partner organisations of the caller's municipality (all, for an administrator)")
    public List<PartnerOrganisationView> list() {
        return partners.list();
    }

    @POST
    @RolesAllowed(Role.ANALYST)
    @Operation(summary = "Add a partner organisation (kind: youth-health, welfare, library, childcare, other)")
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) LeaRequests.PartnerOrganisation body) {
        PartnerOrganisationView created = partners.create(body);
        return Response.created(URI.create("/api/lea/partner-organisations/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    public PartnerOrganisationView get(@PathParam("id") long id) {
        return partners.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ANALYST)
    public PartnerOrganisationView update(
            @PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) LeaRequests.PartnerOrganisation body) {
        return partners.update(id, body);
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Role.ANALYST)
    @Operation(summary = "Archive: earlier rounds keep its part; it cannot be invited to new ones")
    public PartnerOrganisationView archive(@PathParam("id") long id) {
        return partners.archive(id, true);
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed(Role.ANALYST)
    public PartnerOrganisationView restore(@PathParam("id") long id) {
        return partners.archive(id, false);
    }
}
