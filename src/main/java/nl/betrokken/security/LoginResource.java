package nl.betrokken.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.betrokken.common.web.Html;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The login form and logging out, for people using the site. */
@Path("/")
@PermitAll
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String next, String username, String error, boolean askCode);

        static native TemplateInstance code(String next, String error);
    }

    /** Holds the challenge between the password and the code; only for the login pages, for five minutes. */
    static final String CHALLENGE_COOKIE = "betrokken_login";

    private static final String THROTTLED = "Te veel mislukte pogingen. Wacht even en probeer het dan opnieuw; na elke"
            + " nieuwe fout duurt het wachten langer (hoogstens een kwartier).";
    private static final String BUSY = "Het is nu erg druk. Probeer het over een paar seconden opnieuw.";
    private static final String WRONG_PASSWORD = "De gebruikersnaam of het wachtwoord klopt niet.";
    private static final String WRONG_CODE =
            "Deze code klopt niet. Typ de code die uw app nu laat zien, of een van uw" + " herstelcodes.";
    private static final String EXPIRED =
            "Het inloggen duurde te lang of is niet gelukt. Log opnieuw in met uw wachtwoord.";

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
        return Templates.login(orEmpty(next), "", null, false);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public Response login(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("code") String code,
            @FormParam("next") String next,
            @Context HttpServerRequest request) {
        AuthenticationService.LoginResult result =
                authentication.login(username, password, code, ClientAddress.of(request));
        if (result.succeeded()) {
            return loggedIn(result.session(), next, request);
        }
        if (result.failure() == AuthenticationService.Failure.SECOND_FACTOR_REQUIRED) {
            return Response.seeOther(URI.create("/login/code" + nextQuery(next)))
                    .cookie(challengeCookie(
                            result.challenge(), (int) AuthenticationService.CHALLENGE_LIFETIME.toSeconds()))
                    .build();
        }
        return refused(
                result.failure(),
                Templates.login(
                        orEmpty(next),
                        orEmpty(username),
                        passwordRefusal(result.failure()),
                        result.failure() == AuthenticationService.Failure.THROTTLED));
    }

    @GET
    @Path("login/code")
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public TemplateInstance codeForm(@QueryParam("next") String next) {
        return Templates.code(orEmpty(next), null);
    }

    @POST
    @Path("login/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Html.UTF8)
    @Operation(hidden = true)
    public Response code(
            @FormParam("code") String code,
            @FormParam("next") String next,
            @CookieParam(CHALLENGE_COOKIE) String challenge,
            @Context HttpServerRequest request) {
        AuthenticationService.LoginResult result = authentication.answer(challenge, code);
        if (result.succeeded()) {
            return Response.fromResponse(loggedIn(result.session(), next, request))
                    .cookie(challengeCookie("", 0))
                    .build();
        }
        if (result.challenge() == null) {
            return Response.status(401)
                    .entity(Templates.login(orEmpty(next), "", EXPIRED, false))
                    .build();
        }
        boolean throttled = result.failure() == AuthenticationService.Failure.THROTTLED;
        return refused(result.failure(), Templates.code(orEmpty(next), throttled ? THROTTLED : WRONG_CODE));
    }

    /** A refused login: 503 when the password checks are all busy, 429 when throttled, 401 otherwise. */
    private static Response refused(AuthenticationService.Failure failure, TemplateInstance page) {
        return switch (failure) {
            case BUSY ->
                Response.status(503).header("Retry-After", "5").entity(page).build();
            case THROTTLED -> Response.status(429).entity(page).build();
            default -> Response.status(401).entity(page).build();
        };
    }

    private static String passwordRefusal(AuthenticationService.Failure failure) {
        return switch (failure) {
            case BUSY -> BUSY;
            case THROTTLED -> THROTTLED;
            default -> WRONG_PASSWORD;
        };
    }

    private static String nextQuery(String next) {
        return orEmpty(next).isEmpty() ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    private Response loggedIn(AuthenticationService.NewSession session, String next, HttpServerRequest request) {
        URI target = session.user().mustChangePassword() ? URI.create("/account/password") : SafeRedirect.to(next);
        return Response.seeOther(target)
                .cookie(SessionCookie.of(session.token(), session.lifetime(), config.secureCookies(), request))
                .build();
    }

    private NewCookie challengeCookie(String value, int maxAge) {
        return new NewCookie.Builder(CHALLENGE_COOKIE)
                .value(value)
                .path("/login")
                .httpOnly(true)
                .secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response logout(@Context HttpServerRequest request) {
        authentication.logout(SessionCookie.token(request));
        return Response.seeOther(URI.create("/login"))
                .cookie(SessionCookie.expired(config.secureCookies(), request))
                .build();
    }
}
