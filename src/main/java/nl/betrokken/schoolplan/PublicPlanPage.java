package nl.betrokken.schoolplan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import nl.betrokken.common.web.Html;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "Wat we met uw antwoorden hebben gedaan": a school's page for its parents, without login, at an
 * address only the school hands out (its plan's random slug, linked from the next wave's landing
 * page). Small and without scripts, like the answering pages.
 */
@Path("/scholen/{slug}/wat-we-deden")
@PermitAll
@Produces(Html.UTF8)
public class PublicPlanPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SchoolPlanView.PublicPage p);
    }

    private final SchoolPlanService plans;

    public PublicPlanPage(SchoolPlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("slug") String slug) {
        return Templates.page(plans.publicPage(slug));
    }
}
