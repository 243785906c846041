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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.security.Role;
import nl.betrokken.security.UserService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Accounts on screen: the administrator's for everyone, an analyst's for the accounts of its own
 * municipality. A new user gets an invitation link (shown once, to pass on) or a temporary password.
 */
@Path("/app/admin/users")
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Produces(Html.UTF8)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(
                List<UserAdmin.UserRow> users,
                String query,
                List<UserAdmin.Placement> placements,
                List<Role> roles,
                StaffForm form);

        static native TemplateInstance user(
                UserAdmin.UserPage page, List<Role> roles, StaffForm form, StaffForm reset, String notice);

        static native TemplateInstance invited(String displayName, String link, UserService.Invitation invitation);
    }

    private final UserAdmin admin;

    public UserPages(UserAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("q") String query) {
        return Templates.users(
                admin.list(query),
                query == null ? "" : query,
                admin.placements(),
                admin.roles(),
                StaffForm.of("access", "invite"));
    }

    @POST
    @Operation(hidden = true)
    public Response create(
            @FormParam("username") String username,
            @FormParam("displayName") String displayName,
            @FormParam("role") String role,
            @FormParam("placement") String placement,
            @FormParam("access") String access,
            @FormParam("password") String password,
            @Context UriInfo uri) {
        StaffForm form = StaffForm.of(
                "username",
                username,
                "displayName",
                displayName,
                "role",
                role,
                "placement",
                placement,
                "access",
                access,
                "password",
                password);
        return admin.create(form)
                .map(created -> created.invitation() == null
                        ? Html.seeOther("/app/admin/users/" + created.user().id() + "?created=1")
                        : Response.ok(invited(created.user().displayName(), created.invitation(), uri))
                                .build())
                .orElseGet(() -> Html.badRequest(Templates.users(
                        admin.list(null), "", admin.placements(), admin.roles(), form.without("password"))));
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public TemplateInstance user(
            @PathParam("id") long id, @QueryParam("saved") String saved, @QueryParam("created") String created) {
        UserAdmin.UserPage page = admin.page(id);
        String notice = saved != null
                ? "De wijzigingen zijn opgeslagen."
                : created != null ? "De gebruiker is aangemaakt." : null;
        return Templates.user(page, admin.roles(), admin.editForm(page.user()), StaffForm.empty(), notice);
    }

    @POST
    @Path("/{id}")
    @Operation(hidden = true)
    public Response update(
            @PathParam("id") long id,
            @FormParam("username") String username,
            @FormParam("displayName") String displayName,
            @FormParam("role") String role,
            @FormParam("placement") String placement) {
        StaffForm form =
                StaffForm.of("username", username, "displayName", displayName, "role", role, "placement", placement);
        return admin.update(id, form)
                ? Html.seeOther("/app/admin/users/" + id + "?saved=1")
                : Html.badRequest(Templates.user(admin.page(id), admin.roles(), form, StaffForm.empty(), null));
    }

    @POST
    @Path("/{id}/active")
    @Operation(hidden = true)
    public Response setActive(@PathParam("id") long id, @FormParam("active") boolean active) {
        admin.setActive(id, active);
        return Html.seeOther("/app/admin/users/" + id + "?saved=1");
    }

    @POST
    @Path("/{id}/invitation")
    @Operation(hidden = true)
    public TemplateInstance invite(@PathParam("id") long id, @Context UriInfo uri) {
        UserAdmin.Created invited = admin.invite(id);
        return invited(invited.user().displayName(), invited.invitation(), uri);
    }

    @POST
    @Path("/{id}/password-reset")
    @Operation(hidden = true)
    public Response reset(@PathParam("id") long id, @FormParam("newPassword") String password) {
        StaffForm reset = StaffForm.of("newPassword", password);
        if (admin.reset(id, reset)) {
            return Html.seeOther("/app/admin/users/" + id + "?saved=1");
        }
        UserAdmin.UserPage page = admin.page(id);
        return Html.badRequest(
                Templates.user(page, admin.roles(), admin.editForm(page.user()), reset.without("newPassword"), null));
    }

    private static TemplateInstance invited(String name, UserService.Invitation invitation, UriInfo uri) {
        String link = uri.getBaseUriBuilder().path(invitation.path()).build().toString();
        return Templates.invited(name, link, invitation);
    }
}
