package nl.betrokken.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The account page for two-factor login: switch it on with an authenticator app, see the recovery codes once. */
@Path("/account/two-factor")
@Authenticated
public class TwoFactorPages {

    /** What the page shows: on or off, required or not, an enrolment in progress, or fresh recovery codes. */
    public record State(
            boolean enabled,
            boolean required,
            TwoFactor.Enrolment enrolment,
            List<String> recoveryCodes,
            String error) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance twoFactor(State state);
    }

    private final TwoFactor twoFactor;
    private final CurrentUser currentUser;

    public TwoFactorPages(TwoFactor twoFactor, CurrentUser currentUser) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
    }

    private TemplateInstance page(
            AuthenticatedUser user, TwoFactor.Enrolment enrolment, List<String> codes, String error) {
        return Templates.twoFactor(
                new State(twoFactor.enabled(user), twoFactor.required(user), enrolment, codes, error));
    }

    @GET
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public TemplateInstance show() {
        return page(currentUser.require(), null, null, null);
    }

    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public Response start() {
        AuthenticatedUser user = currentUser.require();
        try {
            return Response.ok(page(user, twoFactor.start(user), null, null)).build();
        } catch (ConflictException e) {
            return Response.status(409)
                    .entity(page(user, null, null, StaffTexts.of(e)))
                    .build();
        }
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public Response confirm(@FormParam("code") String code) {
        AuthenticatedUser user = currentUser.require();
        try {
            return Response.ok(page(user, null, twoFactor.confirm(user, code), null))
                    .build();
        } catch (InvalidFieldException e) {
            return Response.status(400)
                    .entity(page(user, twoFactor.pending(user), null, StaffTexts.of(e)))
                    .build();
        }
    }

    @POST
    @Path("/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public Response disable() {
        AuthenticatedUser user = currentUser.require();
        try {
            twoFactor.disable(user);
            return Response.seeOther(URI.create("/account/two-factor")).build();
        } catch (ConflictException e) {
            return Response.status(409)
                    .entity(page(user, null, null, StaffTexts.of(e)))
                    .build();
        }
    }
}
