package nl.betrokken.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.security.AuditEvent;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: everything for an administrator, the own municipality's events for an analyst. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Tag(name = "Audit", description = "Who changed what")
public class AuditResource {

    private final CurrentUser currentUser;

    public AuditResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GET
    @Transactional
    public List<AuditEventView> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidFieldException("limit", "must be between 1 and 1000");
        }
        var user = currentUser.require();
        List<AuditEvent> events = user.is(Role.ADMINISTRATOR)
                ? AuditEvent.newest(limit)
                : AuditEvent.newestOfMunicipality(user.municipalityId(), limit);
        return events.stream().map(AuditEventView::of).toList();
    }
}
