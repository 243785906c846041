package nl.betrokken.respond;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.betrokken.common.api.UnexpectedExceptionMapper;
import nl.betrokken.common.web.Html;

/** Turns what a respondent's request led to into the HTTP answer: a page in their language, or where to go. */
@ApplicationScoped
class Replies {

    private static final DateTimeFormatter OPENING_DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    @CheckedTemplate(basePath = "RespondResource")
    static class Templates {
        static native TemplateInstance landing(LandingView landing);

        static native TemplateInstance page(PageView page, String resumeCode);

        static native TemplateInstance message(Message message);

        static native TemplateInstance code(CodeForm form);

        static native TemplateInstance schools(SchoolChoice choice);
    }

    /** A page with one message: thanks, closed, not yet open, unknown link, database away. */
    public record Message(String lang, boolean rtl, String title, String text, Retry retry) {}

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

    public record Field(String name, String value) {}

    public record CodeForm(
            String lang, boolean rtl, String code, String error, List<PageView.LanguageChoice> languages) {}

    private final RespondentCookies cookies;

    Replies(RespondentCookies cookies) {
        this.cookies = cookies;
    }

    /** The answer to a request that showed something (GET) or sent something (POST, where "not open" is a conflict). */
    Response to(Outcome outcome, boolean sent) {
        if (outcome instanceof Outcome.Show show) {
            return page(
                    show.invalid() ? 400 : 200,
                    Templates.page(show.page(), show.resumeCode()),
                    show.page().lang());
        }
        if (outcome instanceof Outcome.Welcome welcome) {
            return page(
                    200, Templates.landing(welcome.landing()), welcome.landing().lang());
        }
        if (outcome instanceof Outcome.Redirect redirect) {
            return redirect(redirect);
        }
        if (outcome instanceof Outcome.ChooseSchool school) {
            return page(200, Templates.schools(school.choice()), school.choice().lang());
        }
        if (outcome instanceof Outcome.CodeEntry entry) {
            return page(entry.status(), Templates.code(codeForm(entry)), entry.language());
        }
        Outcome.Notice notice = (Outcome.Notice) outcome;
        boolean notOpen =
                notice.kind() == Outcome.Notice.Kind.CLOSED || notice.kind() == Outcome.Notice.Kind.NOT_YET_OPEN;
        return message(sent && notOpen ? 409 : 200, notice.language(), notice(notice), null);
    }

    /** The database is away: a page that sends the same request again, with every answer it carried. */
    Response databaseAway(String language, Retry retry) {
        RespondMessages messages = PageViews.messages(language);
        return Response.fromResponse(message(
                        503, language, new Words(messages.unavailable_title(), messages.try_again_later()), retry))
                .header("Retry-After", UnexpectedExceptionMapper.RETRY_AFTER_SECONDS)
                .build();
    }

    Response unknownLink(String language) {
        RespondMessages messages = PageViews.messages(language);
        return message(404, language, new Words(messages.not_found_title(), messages.unknown_link()), null);
    }

    private Response redirect(Outcome.Redirect redirect) {
        Response.ResponseBuilder builder =
                Response.seeOther(URI.create("/s/" + redirect.context().slug() + redirect.path()));
        if (redirect.token() != null) {
            builder.cookie(cookies.token(redirect.context(), redirect.token()));
        }
        if (redirect.resumeCode() != null) {
            builder.cookie(cookies.resumeCode(redirect.context(), redirect.resumeCode()));
        }
        return builder.build();
    }

    private record Words(String title, String text) {}

    private static Words notice(Outcome.Notice notice) {
        RespondMessages messages = PageViews.messages(notice.language());
        return switch (notice.kind()) {
            case THANKS -> new Words(messages.thanks_title(), messages.thanks_text());
            case ALREADY_SENT -> new Words(messages.thanks_title(), messages.already_sent());
            case CLOSED -> new Words(messages.closed_title(), messages.closed_text());
            case NOT_YET_OPEN ->
                new Words(
                        messages.not_open_title(),
                        messages.not_open_text(notice.opensOn().format(OPENING_DAY)));
        };
    }

    private static CodeForm codeForm(Outcome.CodeEntry entry) {
        String language = entry.language();
        return new CodeForm(
                language,
                PageViews.rightToLeft(language),
                entry.code(),
                refusal(entry, language),
                PageViews.allLanguages(language));
    }

    private static String refusal(Outcome.CodeEntry entry, String language) {
        if (entry.refusal() == null) {
            return null;
        }
        RespondMessages messages = PageViews.messages(language);
        return switch (entry.refusal()) {
            case UNKNOWN -> messages.code_unknown();
            case USED -> messages.code_used();
            case THROTTLED -> messages.code_throttled();
            case NOT_OPEN -> messages.closed_text();
        };
    }

    private static Response message(int status, String language, Words words, Retry retry) {
        Message message = new Message(language, PageViews.rightToLeft(language), words.title(), words.text(), retry);
        return page(status, Templates.message(message), language);
    }

    private static Response page(int status, TemplateInstance page, String language) {
        return Response.status(status)
                .type(Html.UTF8)
                .entity(page.setLocale(Locale.forLanguageTag(language)))
                .build();
    }
}
