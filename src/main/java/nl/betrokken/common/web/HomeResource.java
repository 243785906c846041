package nl.betrokken.common.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/")
@PermitAll
public class HomeResource {

    @CheckedTemplate(basePath = "HomePage")
    static class Templates {
        static native TemplateInstance index();
    }

    @GET
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public TemplateInstance index() {
        return Templates.index();
    }
}
