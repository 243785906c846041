package nl.betrokken.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A logged-in user's own password. */
@Path("/account/password")
@Authenticated
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(AuthenticatedUser user, String field, String error, boolean changed);
    }

    private final AuthenticationService authentication;
    private final CurrentUser currentUser;

    public AccountResource(AuthenticationService authentication, CurrentUser currentUser) {
        this.authentication = authentication;
        this.currentUser = currentUser;
    }

    @GET
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public TemplateInstance form() {
        return Templates.password(currentUser.require(), null, null, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public Response change(
            @FormParam("currentPassword") String current,
            @FormParam("newPassword") String fresh,
            @FormParam("repeatPassword") String repeat,
            @Context HttpServerRequest request) {
        String token = SessionCookie.token(request);
        AuthenticatedUser user = currentUser.require();
        if (fresh == null || !fresh.equals(repeat)) {
            return Response.status(400)
                    .entity(Templates.password(user, "repeatPassword", StaffTexts.of("password_repeat_differs"), false))
                    .build();
        }
        try {
            authentication.changePassword(user, current, fresh, token);
        } catch (InvalidFieldException e) {
            return Response.status(400)
                    .entity(Templates.password(user, e.field(), StaffTexts.of(e), false))
                    .build();
        }
        return Response.ok(Templates.password(user, null, null, true)).build();
    }
}
