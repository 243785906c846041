package nl.betrokken.respond;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import nl.betrokken.common.database.DatabaseUnavailable;
import nl.betrokken.common.web.Html;
import nl.betrokken.security.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * The pages parents and staff answer on. Plain HTML forms that work without JavaScript; every
 * page is saved on the server when it is sent, and the respondent's cookie (or, failing that, the
 * hidden field in every form) leads back to their answers.
 */
@Path("/")
@PermitAll
@Produces(Html.UTF8)
public class RespondResource {

    private static final Logger LOG = Logger.getLogger(RespondResource.class);

    private final ResponseService responses;
    private final Replies replies;

    public RespondResource(ResponseService responses, Replies replies) {
        this.responses = responses;
        this.replies = replies;
    }

    @GET
    @Path("s/{slug}")
    @Operation(hidden = true)
    public Response landing(
            @PathParam("slug") String slug,
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @CookieParam(RespondentCookies.TOKEN) String cookie) {
        AskedLanguage asked = new AskedLanguage(lang, acceptLanguage);
        return shown(asked, Replies.Retry.get("/s/" + slug), () -> responses.landing(slug, asked, cookie));
    }

    @GET
    @Path("k/{slug}")
    @Operation(hidden = true)
    public Response chooseSchool(
            @PathParam("slug") String slug,
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        AskedLanguage asked = new AskedLanguage(lang, acceptLanguage);
        return shown(asked, Replies.Retry.get("/k/" + slug), () -> responses.chooseSchool(slug, asked));
    }

    @POST
    @Path("s/{slug}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response start(
            @PathParam("slug") String slug,
            @FormParam("r") String token,
            @FormParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        AskedLanguage asked = new AskedLanguage(lang, acceptLanguage);
        return sent(asked, Replies.Retry.get("/s/" + slug), () -> responses.start(slug, token, asked));
    }

    @GET
    @Path("s/{slug}/p/{page}")
    @Operation(hidden = true)
    public Response page(
            @PathParam("slug") String slug,
            @PathParam("page") String pageId,
            @CookieParam(RespondentCookies.TOKEN) String cookie,
            @CookieParam(RespondentCookies.RESUME_CODE) String resumeCode,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return shown(
                new AskedLanguage(null, acceptLanguage),
                Replies.Retry.get("/s/" + slug + "/p/" + pageId),
                () -> responses.page(slug, cookie, pageId, resumeCode));
    }

    @POST
    @Path("s/{slug}/p/{page}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(
            @PathParam("slug") String slug,
            @PathParam("page") String pageId,
            MultivaluedMap<String, String> form,
            @CookieParam(RespondentCookies.TOKEN) String cookie,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        SentPage sent = SentPage.of(form, cookie);
        return sent(
                new AskedLanguage(sent.language(), acceptLanguage),
                Replies.Retry.post("/s/" + slug + "/p/" + pageId, form),
                () -> responses.save(slug, pageId, sent));
    }

    /** The same save, sent by the page's script while the respondent types; never moves on. */
    @POST
    @Path("s/{slug}/p/{page}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response autosave(
            @PathParam("slug") String slug,
            @PathParam("page") String pageId,
            MultivaluedMap<String, String> form,
            @CookieParam(RespondentCookies.TOKEN) String cookie) {
        // with the database away this ends in the shared 503; the page's script then keeps the answers in the browser
        Outcome outcome = responses.save(slug, pageId, SentPage.of(form, cookie).autosaved());
        boolean saved = outcome instanceof Outcome.Redirect redirect && redirect.staysOnAPage();
        return Response.status(saved ? 204 : 409).build();
    }

    @GET
    @Path("s/{slug}/thanks")
    @Operation(hidden = true)
    public Response thanks(
            @PathParam("slug") String slug,
            @CookieParam(RespondentCookies.TOKEN) String cookie,
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return replies.to(responses.thanks(slug, new AskedLanguage(lang, acceptLanguage), cookie), false);
    }

    @GET
    @Path("c")
    @Operation(hidden = true)
    public Response showCodeForm(
            @QueryParam("code") String code,
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = new AskedLanguage(lang, acceptLanguage).amongAll();
        return replies.to(new Outcome.CodeEntry(language, code == null ? "" : code, null), false);
    }

    @POST
    @Path("c")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response enterCode(
            @FormParam("code") String code,
            @FormParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpServerRequest request) {
        AskedLanguage asked = new AskedLanguage(lang, acceptLanguage);
        return replies.to(responses.enterCode(code, asked, ClientAddress.of(request)), true);
    }

    private Response shown(AskedLanguage asked, Replies.Retry retry, Supplier<Outcome> work) {
        return unlessDatabaseAway(asked, retry, work, false);
    }

    private Response sent(AskedLanguage asked, Replies.Retry retry, Supplier<Outcome> work) {
        return unlessDatabaseAway(asked, retry, work, true);
    }

    /**
     * Runs the request; with the database away, a 503 page in the respondent's language whose button sends the same
     * request again with every answer it carried: the answers stay with the respondent, not in a server that failed.
     */
    private Response unlessDatabaseAway(
            AskedLanguage asked, Replies.Retry retry, Supplier<Outcome> work, boolean sent) {
        try {
            return replies.to(work.get(), sent);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.in(e)) {
                throw e;
            }
            LOG.warnf("Database unavailable, respondent asked to try again: %s", DatabaseUnavailable.describe(e));
            return replies.databaseAway(asked.amongAll(), retry);
        }
    }
}
