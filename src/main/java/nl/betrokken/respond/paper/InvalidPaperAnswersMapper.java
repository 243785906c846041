package nl.betrokken.respond.paper;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.betrokken.common.api.ErrorResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class InvalidPaperAnswersMapper {

    @ServerExceptionMapper
    public Response map(InvalidPaperAnswers invalid, UriInfo uri) {
        return ErrorResponses.of(invalid.apiError(), uri);
    }
}
