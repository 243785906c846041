package nl.betrokken.respond;

import java.util.Locale;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A link that leads nowhere gets a page in the respondent's language, not a stack trace or an English 404. */
public class UnknownLinkExceptionMapper {

    @ServerExceptionMapper
    public Response map(UnknownLinkException exception) {
        String language = Languages.supported(exception.language).orElse("nl");
        RespondMessages messages = PageViews.messages(language);
        var message = new RespondResource.Message(language, PageViews.rightToLeft(language), messages.not_found_title(),
                messages.unknown_link(), 404);
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(RespondResource.Templates.message(message).setLocale(Locale.forLanguageTag(language))).build();
    }
}
