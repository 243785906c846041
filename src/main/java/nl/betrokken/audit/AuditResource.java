package nl.betrokken.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: everything for an administrator, the own municipality's events for an analyst. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Tag(name = "Audit", description = "Who changed what")
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "The newest events, filtered by part of a username, object kind and id, and days (yyyy-mm-dd)")
    public List<AuditEventView> list(
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("person") String person,
            @QueryParam("object") String objectType,
            @QueryParam("objectId") String objectId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return trail.search(new AuditFilter(person, objectType, objectId, from, to), limit);
    }
}
