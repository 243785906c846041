package nl.betrokken.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The page an invitation link opens: the new user chooses a password, then logs in. */
@Path("/account/invitation/{token}")
@PermitAll
@Produces(Html.UTF8)
public class InvitationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitation(String token, UserView user, StaffForm form);

        static native TemplateInstance expired();
    }

    private final UserService users;

    public InvitationPages(UserService users) {
        this.users = users;
    }

    @GET
    @Operation(hidden = true)
    public Response form(@PathParam("token") String token) {
        return users.invited(token)
                .map(user -> Response.ok(Templates.invitation(token, user, StaffForm.empty()))
                        .build())
                .orElseGet(InvitationPages::expired);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response accept(
            @PathParam("token") String token,
            @FormParam("newPassword") String password,
            @FormParam("repeatPassword") String repeat) {
        var user = users.invited(token);
        if (user.isEmpty()) {
            return expired();
        }
        StaffForm form = StaffForm.empty();
        if (password == null || !password.equals(repeat)) {
            form.error("repeatPassword", StaffTexts.of("password_repeat_differs"));
            return Html.badRequest(Templates.invitation(token, user.get(), form));
        }
        try {
            users.acceptInvitation(token, password);
            return Html.seeOther("/login?welcome=1");
        } catch (InvalidFieldException e) {
            return Html.badRequest(Templates.invitation(token, user.get(), form.refused(e)));
        } catch (NotFoundException e) {
            return expired();
        }
    }

    /** An unknown, used or expired link: the same answer for each, so links cannot be probed. */
    private static Response expired() {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(Templates.expired())
                .build();
    }
}
