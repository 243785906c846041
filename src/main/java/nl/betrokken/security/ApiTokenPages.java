package nl.betrokken.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The account page where staff make, see and revoke their API tokens for scripts. */
@Path("/account/tokens")
@Authenticated
public class ApiTokenPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(
                List<ApiTokenView> tokens,
                NewApiToken created,
                String name,
                String validDays,
                String field,
                String error);
    }

    private final ApiTokens tokens;
    private final CurrentUser currentUser;

    public ApiTokenPages(ApiTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @GET
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public TemplateInstance page() {
        return fresh(currentUser.require(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("validDays") String validDays) {
        AuthenticatedUser user = currentUser.require();
        Integer days = parseDays(validDays);
        if (days == null) {
            return refused(user, name, validDays, "validDays", StaffTexts.of("token_days", ApiTokens.MAX_DAYS));
        }
        try {
            return Response.ok(fresh(user, tokens.create(user, new ApiTokenRequest(name, days))))
                    .build();
        } catch (InvalidFieldException e) {
            return refused(user, name, validDays, e.field(), StaffTexts.of(e));
        }
    }

    /** The page with an empty form, and the token just made (shown once), if any. */
    private TemplateInstance fresh(AuthenticatedUser user, NewApiToken created) {
        return Templates.tokens(tokens.list(user), created, "", Integer.toString(ApiTokens.DEFAULT_DAYS), null, null);
    }

    /** The page again with what was typed and what is wrong with it. */
    private Response refused(AuthenticatedUser user, String name, String validDays, String field, String error) {
        return Response.status(400)
                .entity(Templates.tokens(tokens.list(user), null, name, validDays, field, error))
                .build();
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(currentUser.require(), id);
        return Response.seeOther(URI.create("/account/tokens")).build();
    }

    private static Integer parseDays(String text) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            return days >= 1 && days <= ApiTokens.MAX_DAYS ? days : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
