package nl.betrokken.administration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.time.Dates;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.disclosure.NormGroups;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The platform's norm groups: which school years are frozen, and freezing the one that just ended. */
@Path("/app/admin/norms")
@RolesAllowed(Role.ADMIN)
@Produces(Html.UTF8)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class NormPages {

    /** {@code suggested}: the school year that ended last, the one an administrator freezes next. */
    public record Page(List<NormGroups.Freeze> frozen, String suggested) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance norms(Page page, StaffForm form, String notice);
    }

    private final NormGroups norms;

    public NormPages(NormGroups norms) {
        this.norms = norms;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance norms(@QueryParam("frozen") String frozen) {
        Page page = page();
        return Templates.norms(
                page,
                StaffForm.of("schoolYear", page.suggested()),
                frozen == null ? null : "De normgroepen van " + frozen + " staan vast.");
    }

    @POST
    @Operation(hidden = true)
    public Response freeze(@FormParam("schoolYear") String schoolYear) {
        StaffForm form = StaffForm.of("schoolYear", schoolYear);
        try {
            NormGroups.Freeze freeze = norms.freeze(schoolYear);
            return Html.seeOther("/app/admin/norms?frozen=" + freeze.schoolYear());
        } catch (InvalidFieldException e) {
            return Html.badRequest(Templates.norms(page(), form.refused(e), null));
        } catch (ConflictException e) {
            return Html.badRequest(Templates.norms(page(), form.refused(e), null));
        }
    }

    private Page page() {
        return new Page(norms.frozen(), NormGroups.schoolYear(Dates.today().minusYears(1)));
    }
}
