package nl.betrokken.respond;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A link that leads nowhere gets a page in the respondent's language, not a stack trace or an English 404. */
public class UnknownLinkExceptionMapper {

    private final Replies replies;

    public UnknownLinkExceptionMapper(Replies replies) {
        this.replies = replies;
    }

    @ServerExceptionMapper
    public Response map(UnknownLinkException exception) {
        return replies.unknownLink(exception.asked.amongAll());
    }
}
