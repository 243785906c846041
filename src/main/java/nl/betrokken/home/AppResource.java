package nl.betrokken.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import nl.betrokken.common.web.Html;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.organisations.OrganisationTree;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.waves.WaveService;
import nl.betrokken.waves.WaveView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where a user lands after logging in: the organisations in their scope. */
@Path("/app")
@Authenticated
public class AppResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(
                AuthenticatedUser user, OrganisationTree organisations, List<WaveView> waves);
    }

    private final CurrentUser currentUser;
    private final OrganisationService organisations;
    private final WaveService waves;

    public AppResource(CurrentUser currentUser, OrganisationService organisations, WaveService waves) {
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.waves = waves;
    }

    @GET
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public TemplateInstance home() {
        AuthenticatedUser user = currentUser.require();
        return Templates.home(user, organisations.tree(), waves.list());
    }
}
