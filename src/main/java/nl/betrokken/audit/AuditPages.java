package nl.betrokken.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail on screen, filterable, and as a CSV download with the same filter. */
@Path("/app/audit")
@RolesAllowed({Role.ADMIN, Role.ANALYST})
public class AuditPages {

    /** The most events the page shows; the CSV holds more. */
    static final int PAGE_LIMIT = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(
                List<AuditEventView> events, List<String> objectTypes, StaffForm form, String csvLink, int limit);
    }

    private final AuditTrail trail;

    public AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public Response page(
            @QueryParam("person") String person,
            @QueryParam("object") String object,
            @QueryParam("objectId") String objectId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        StaffForm form = StaffForm.of("person", person, "object", object, "objectId", objectId, "from", from, "to", to);
        AuditFilter filter = filter(form);
        if (!form.hasErrors()) {
            try {
                List<AuditEventView> events = trail.search(filter, PAGE_LIMIT);
                return Response.ok(Templates.audit(
                                events,
                                trail.objectTypes(),
                                form,
                                "/app/audit/export.csv" + filter.query(),
                                PAGE_LIMIT))
                        .build();
            } catch (InvalidFieldException e) {
                form.refused(e);
            }
        }
        return Html.badRequest(Templates.audit(List.of(), trail.objectTypes(), form, null, PAGE_LIMIT));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(hidden = true)
    public Response csv(
            @QueryParam("person") String person,
            @QueryParam("object") String object,
            @QueryParam("objectId") String objectId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        StaffForm form = StaffForm.of("person", person, "object", object, "objectId", objectId, "from", from, "to", to);
        AuditFilter filter = filter(form);
        if (form.hasErrors()) {
            throw new InvalidFieldException(form.errorLinks().get(0).field(), "must be a date such as 2027-03-31");
        }
        return Response.ok(trail.csv(filter))
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .build();
    }

    private static AuditFilter filter(StaffForm form) {
        return new AuditFilter(
                form.text("person"), form.text("object"), form.text("objectId"), form.date("from"), form.date("to"));
    }
}
