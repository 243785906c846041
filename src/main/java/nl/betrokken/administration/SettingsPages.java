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
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A municipality's settings on one page: disclosure thresholds, intervals, publication, second factor, populations. */
@Path("/app/admin/settings/{municipalityId}")
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Produces(Html.UTF8)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SettingsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsAdmin.Page page, StaffForm form, String notice);
    }

    private final SettingsAdmin admin;

    public SettingsPages(SettingsAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance settings(
            @PathParam("municipalityId") long municipalityId, @QueryParam("saved") String saved) {
        SettingsAdmin.Page page = admin.page(municipalityId);
        return Templates.settings(page, admin.form(page), saved == null ? null : "De instellingen zijn opgeslagen.");
    }

    @POST
    @Operation(hidden = true)
    public Response save(
            @PathParam("municipalityId") long municipalityId,
            @FormParam("parentThreshold") String parentThreshold,
            @FormParam("staffThreshold") String staffThreshold,
            @FormParam("microdataThreshold") String microdataThreshold,
            @FormParam("confidence") String confidence,
            @FormParam("publishEveryHours") String publishEveryHours,
            @FormParam("twoFactorForAnalysts") String twoFactor,
            @FormParam("minParentResponseRate") String minParentResponseRate,
            @FormParam("minStaffResponseRate") String minStaffResponseRate,
            @FormParam("weightedTargets") String weightedTargets) {
        StaffForm form = StaffForm.of(
                "parentThreshold", parentThreshold,
                "staffThreshold", staffThreshold,
                "microdataThreshold", microdataThreshold,
                "confidence", confidence,
                "publishEveryHours", publishEveryHours,
                "twoFactorForAnalysts", twoFactor,
                "minParentResponseRate", minParentResponseRate,
                "minStaffResponseRate", minStaffResponseRate,
                "weightedTargets", weightedTargets);
        return admin.save(municipalityId, form)
                ? Html.seeOther("/app/admin/settings/" + municipalityId + "?saved=1")
                : Html.badRequest(Templates.settings(admin.page(municipalityId), form, null));
    }
}
