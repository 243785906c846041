package nl.betrokken.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import nl.betrokken.common.web.Html;

/** The login form and logging out, for people using the site. */
@Path("/")
@PermitAll
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String next, String username, String error);
    }

    private final AuthenticationService authentication;
    private final SecurityConfig config;

    public LoginResource(AuthenticationService authentication, SecurityConfig config) {
        this.authentication = authentication;
        this.config = config;
    }

    @GET
    @Path("login")
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("next") String next) {
        return Templates.login(next == null ? "" : next, "", null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, @Context HttpServerRequest request) {
        String client = ClientAddress.of(request);
        AuthenticationService.LoginResult result = authentication.login(username, password, client);
        if (!result.succeeded()) {
            boolean throttled = result.failure() == AuthenticationService.Failure.THROTTLED;
            String error = throttled
                    ? "Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw."
                    : "De gebruikersnaam of het wachtwoord klopt niet.";
            return Response.status(throttled ? 429 : 401)
                    .entity(Templates.login(next == null ? "" : next, username == null ? "" : username, error)).build();
        }
        AuthenticationService.NewSession session = result.session();
        URI target = session.user().mustChangePassword() ? URI.create("/account/password") : SafeRedirect.to(next);
        return Response.seeOther(target)
                .cookie(SessionCookie.of(session.token(), session.lifetime(), config.secureCookies())).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response logout(@CookieParam(SessionCookie.NAME) String token) {
        authentication.logout(token);
        return Response.seeOther(URI.create("/login")).cookie(SessionCookie.expired(config.secureCookies())).build();
    }
}
