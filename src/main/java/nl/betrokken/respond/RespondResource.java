package nl.betrokken.respond;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import nl.betrokken.common.api.UnexpectedExceptionMapper;
import nl.betrokken.common.database.DatabaseUnavailable;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.time.Dates;
import nl.betrokken.security.ClientAddress;
import nl.betrokken.security.Tokens;
import nl.betrokken.waves.AccessCodes;
import nl.betrokken.waves.WaveStatus;

/**
 * The pages parents and staff answer on. Plain HTML forms that work without JavaScript; every
 * page is saved on the server when it is sent, and the respondent's cookie (or, failing that, the
 * hidden field in every form) leads back to their answers.
 */
@Path("/")
@PermitAll
@Produces(Html.UTF8)
public class RespondResource {

    static final String COOKIE = "betrokken_response";
    static final String RESUME_CODE_COOKIE = "betrokken_resume_code";
    private static final Logger LOG = Logger.getLogger(RespondResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(Landing landing);

        static native TemplateInstance page(PageView page, String resumeCode);

        static native TemplateInstance message(Message message);

        static native TemplateInstance code(CodeForm form);
    }

    /** The first page of a link: who asks, in which language, and start or continue. */
    public record Landing(String slug, String lang, boolean rtl, String title, String description, String institution,
            List<PageView.LanguageChoice> languages, String token, boolean resume, boolean codes) {
    }

    /** A page with one message: thanks, closed, not yet open, unknown link, database away. */
    public record Message(String lang, boolean rtl, String title, String text, int status, Retry retry) {
        public Message(String lang, boolean rtl, String title, String text, int status) {
            this(lang, rtl, title, text, status, null);
        }
    }

    /** A button that sends the same request again, carrying what the respondent had sent. */
    public record Retry(String method, String action, List<Field> fields) {

        static Retry get(String path) {
            return new Retry("get", path, List.of());
        }

        static Retry post(String path, MultivaluedMap<String, String> form) {
            List<Field> fields = new ArrayList<>();
            form.forEach((name, values) -> values.forEach(value -> fields.add(new Field(name, value))));
            return new Retry("post", path, fields);
        }
    }

    public record Field(String name, String value) {
    }

    public record CodeForm(String lang, boolean rtl, String code, String error, List<PageView.LanguageChoice> languages,
            String slug) {
    }

    private final ResponseService responses;
    private final RespondConfig config;

    public RespondResource(ResponseService responses, RespondConfig config) {
        this.responses = responses;
        this.config = config;
    }

    // --- the link

    @GET
    @Path("s/{slug}")
    @Operation(hidden = true)
    public Response landing(@PathParam("slug") String slug, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage, @CookieParam(COOKIE) String cookie) {
        String fallback = Languages.supported(lang).orElse(Languages.preferred(acceptLanguage, Languages.ALL));
        return unlessDatabaseAway(fallback, () -> Retry.get("/s/" + slug), () -> showLanding(slug, lang, acceptLanguage, cookie));
    }

    private Response showLanding(String slug, String lang, String acceptLanguage, String cookie) {
        WaveContext context = responses.context(slug, lang);
        Optional<SurveyResponse> existing = responses.response(context, cookie);
        String language = context.language(lang != null ? lang
                : existing.map(r -> r.language).orElse(Languages.preferred(acceptLanguage, context.questionnaire().languages())));
        if (context.status() != WaveStatus.OPEN) {
            return notOpen(context, language, 200);
        }
        if (existing.isPresent() && existing.get().submitted()) {
            return message(language, PageViews.messages(language).thanks_title(), PageViews.messages(language).already_sent(), 200);
        }
        boolean codes = !responses.acceptsAnonymousStart(context);
        boolean resume = existing.isPresent();
        String token = resume ? cookie : Tokens.newToken();
        var q = context.questionnaire();
        Landing landing = new Landing(slug, language, PageViews.rightToLeft(language), q.title().in(language),
                q.description().isEmpty() ? null : q.description().in(language), context.institutionName(),
                PageViews.languages(q, language), token, resume, codes && !resume);
        return Response.ok(localised(Templates.landing(landing), language)).build();
    }

    @POST
    @Path("s/{slug}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response start(@PathParam("slug") String slug, @FormParam("r") String token, @FormParam("lang") String lang,
            @CookieParam(COOKIE) String cookie) {
        return unlessDatabaseAway(Languages.supported(lang).orElse("nl"), () -> Retry.get("/s/" + slug),
                () -> startResponse(slug, token, lang));
    }

    private Response startResponse(String slug, String token, String lang) {
        WaveContext context = responses.context(slug, lang);
        if (context.status() != WaveStatus.OPEN) {
            return notOpen(context, context.language(lang), 409);
        }
        if (!responses.acceptsAnonymousStart(context) && responses.response(context, token).isEmpty()) {
            return seeOther(slug, "");
        }
        ResponseService.Started started = responses.start(context, token, lang);
        return Response.seeOther(URI.create("/s/" + slug + started.path()))
                .cookie(responseCookie(context, started.token())).build();
    }

    // --- the questionnaire pages

    @GET
    @Path("s/{slug}/p/{page}")
    @Operation(hidden = true)
    public Response page(@PathParam("slug") String slug, @PathParam("page") String pageId, @CookieParam(COOKIE) String cookie,
            @CookieParam(RESUME_CODE_COOKIE) String resumeCode, @HeaderParam("Accept-Language") String acceptLanguage) {
        return unlessDatabaseAway(Languages.preferred(acceptLanguage, Languages.ALL), () -> Retry.get("/s/" + slug + "/p/" + pageId),
                () -> showPage(slug, pageId, cookie, resumeCode));
    }

    private Response showPage(String slug, String pageId, String cookie, String resumeCode) {
        WaveContext context = responses.context(slug, null);
        Object shown = responses.page(context, cookie, pageId);
        if (shown instanceof ResponseService.Redirect redirect) {
            return seeOther(slug, redirect.path());
        }
        if (shown instanceof ResponseService.NotOpen notOpen) {
            return notOpen(context, notOpen.language(), 200);
        }
        PageView page = (PageView) shown;
        String shownCode = page.first() && resumeCode != null && AccessCodes.normalise(resumeCode).isPresent() ? resumeCode : null;
        return Response.ok(localised(Templates.page(page, shownCode), page.lang())).build();
    }

    @POST
    @Path("s/{slug}/p/{page}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("slug") String slug, @PathParam("page") String pageId,
            MultivaluedMap<String, String> form, @CookieParam(COOKIE) String cookie) {
        return unlessDatabaseAway(Languages.supported(form.getFirst("lang")).orElse("nl"),
                () -> Retry.post("/s/" + slug + "/p/" + pageId, form), () -> {
                    WaveContext context = responses.context(slug, null);
                    String token = ResponseService.looksLikeToken(cookie) ? cookie : form.getFirst("r");
                    ResponseService.Outcome outcome = responses.save(context, token, pageId, fields(form),
                            Action.of(form.getFirst("action")), form.getFirst("lang"));
                    return respond(context, slug, token, outcome);
                });
    }

    /** The same save, sent by the page's script while the respondent types; never moves on. */
    @POST
    @Path("s/{slug}/p/{page}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response autosave(@PathParam("slug") String slug, @PathParam("page") String pageId,
            MultivaluedMap<String, String> form, @CookieParam(COOKIE) String cookie) {
        // with the database away this ends in the shared 503; the page's script then keeps the answers in the browser
        WaveContext context = responses.context(slug, null);
        String token = ResponseService.looksLikeToken(cookie) ? cookie : form.getFirst("r");
        ResponseService.Outcome outcome = responses.save(context, token, pageId, fields(form), Action.AUTOSAVE, null);
        if (outcome instanceof ResponseService.Redirect redirect && redirect.path().startsWith("/p/")) {
            return Response.noContent().build();
        }
        return Response.status(409).build();
    }

    @GET
    @Path("s/{slug}/thanks")
    @Operation(hidden = true)
    public Response thanks(@PathParam("slug") String slug, @CookieParam(COOKIE) String cookie, @QueryParam("lang") String lang) {
        WaveContext context = responses.context(slug, lang);
        String language = responses.response(context, cookie).map(r -> r.language).orElse(context.language(lang));
        RespondMessages messages = PageViews.messages(language);
        return message(language, messages.thanks_title(), messages.thanks_text(), 200);
    }

    // --- codes

    @GET
    @Path("c")
    @Operation(hidden = true)
    public Response showCodeForm(@QueryParam("code") String code, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        String language = Languages.supported(lang).orElse(Languages.preferred(acceptLanguage, Languages.ALL));
        return Response.ok(localised(Templates.code(codeForm(language, code == null ? "" : code, null)), language)).build();
    }

    @POST
    @Path("c")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response enterCode(@FormParam("code") String code, @FormParam("lang") String lang,
            @Context HttpServerRequest request) {
        String language = Languages.supported(lang).orElse("nl");
        ResponseService.CodeOutcome outcome = responses.startWithCode(code, language, ClientAddress.of(request));
        if (outcome instanceof ResponseService.CodeAccepted accepted) {
            WaveContext context = responses.context(accepted.slug(), language);
            Response.ResponseBuilder next = Response.seeOther(URI.create("/s/" + accepted.slug() + accepted.path()))
                    .cookie(responseCookie(context, accepted.token()));
            if (accepted.resumeCode() != null) {
                next.cookie(resumeCodeCookie(context, accepted.resumeCode()));
            }
            return next.build();
        }
        RespondMessages messages = PageViews.messages(language);
        ResponseService.CodeRefusal refusal = (ResponseService.CodeRefusal) outcome;
        String error = switch (refusal) {
            case UNKNOWN -> messages.code_unknown();
            case USED -> messages.code_used();
            case THROTTLED -> messages.code_throttled();
            case NOT_OPEN -> messages.closed_text();
        };
        int status = refusal == ResponseService.CodeRefusal.THROTTLED ? 429 : 400;
        return Response.status(status)
                .entity(localised(Templates.code(codeForm(language, code == null ? "" : code.strip(), error)), language)).build();
    }

    // --- helpers

    /**
     * Runs the request; if the database is away, answers 503 with a page in the respondent's
     * language and a button that sends the same request again, with every answer it carried: the
     * answers stay with the respondent, not in a server that could not store them.
     */
    private Response unlessDatabaseAway(String language, Supplier<Retry> retry, Supplier<Response> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.in(e)) {
                throw e;
            }
            LOG.warnf("Database unavailable, respondent asked to try again: %s", DatabaseUnavailable.describe(e));
            RespondMessages messages = PageViews.messages(language);
            Message message = new Message(language, PageViews.rightToLeft(language), messages.unavailable_title(),
                    messages.try_again_later(), 503, retry.get());
            return Response.status(503).header("Retry-After", UnexpectedExceptionMapper.RETRY_AFTER_SECONDS)
                    .entity(localised(Templates.message(message), language)).build();
        }
    }

    private Response respond(WaveContext context, String slug, String token, ResponseService.Outcome outcome) {
        if (outcome instanceof ResponseService.Redirect redirect) {
            Response.ResponseBuilder builder = Response.seeOther(URI.create("/s/" + slug + redirect.path()));
            if (ResponseService.looksLikeToken(token) && !redirect.path().isEmpty()) {
                builder.cookie(responseCookie(context, token));
            }
            return builder.build();
        }
        if (outcome instanceof ResponseService.Invalid invalid) {
            return Response.status(400).entity(localised(Templates.page(invalid.page(), null), invalid.page().lang())).build();
        }
        ResponseService.NotOpen notOpen = (ResponseService.NotOpen) outcome;
        return notOpen(context, notOpen.language(), 409);
    }

    private Response notOpen(WaveContext context, String language, int status) {
        RespondMessages messages = PageViews.messages(language);
        if (context.status() == WaveStatus.NOT_YET_OPEN) {
            String date = context.wave().opensOn.format(DateTimeFormatter.ofPattern("d-M-yyyy"));
            return message(language, messages.not_open_title(), messages.not_open_text(date), status);
        }
        return message(language, messages.closed_title(), messages.closed_text(), status);
    }

    private static Response message(String language, String title, String text, int status) {
        Message message = new Message(language, PageViews.rightToLeft(language), title, text, status);
        return Response.status(status).entity(localised(Templates.message(message), language)).build();
    }

    private static Response seeOther(String slug, String path) {
        return Response.seeOther(URI.create("/s/" + slug + path)).build();
    }

    private static CodeForm codeForm(String language, String code, String error) {
        return new CodeForm(language, PageViews.rightToLeft(language), code, error, Languages.ALL.stream()
                .map(l -> new PageView.LanguageChoice(l, nl.betrokken.common.i18n.SupportedLanguage.byCode(l).orElseThrow()
                        .nativeName(), l.equals(language))).toList(), null);
    }

    /** Lives until the wave closes, only on this link's path, never readable by scripts. */
    /**
     * The parent's own resume code, for the first page to show: it lives only on this device (the
     * server keeps its hash) and only for a day, long enough to write it down.
     */
    private NewCookie resumeCodeCookie(WaveContext context, String resumeCode) {
        return new NewCookie.Builder(RESUME_CODE_COOKIE).value(resumeCode).path("/s/" + context.row().slug).httpOnly(true)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.STRICT).maxAge((int) Duration.ofDays(1).toSeconds())
                .build();
    }

    private NewCookie responseCookie(WaveContext context, String token) {
        long days = Math.max(1, Duration.between(Dates.today().atStartOfDay(), context.wave().closesOn.plusDays(2)
                .atStartOfDay()).toDays());
        return new NewCookie.Builder(COOKIE).value(token).path("/s/" + context.row().slug).httpOnly(true)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.LAX).maxAge((int) Duration.ofDays(days).toSeconds())
                .build();
    }

    /** Only the answer fields; the form's own fields (token, action, language, CSRF) are not answers. */
    private static Map<String, List<String>> fields(MultivaluedMap<String, String> form) {
        Map<String, List<String>> fields = new java.util.HashMap<>();
        form.forEach((name, values) -> {
            if (!List.of("r", "action", "lang", "csrf-token").contains(name)) {
                fields.put(name, values);
            }
        });
        return fields;
    }

    private static TemplateInstance localised(TemplateInstance instance, String language) {
        return instance.setLocale(Locale.forLanguageTag(language));
    }
}
