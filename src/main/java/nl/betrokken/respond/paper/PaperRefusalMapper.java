package nl.betrokken.respond.paper;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.betrokken.common.api.ApiError;
import nl.betrokken.common.api.ErrorResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class PaperRefusalMapper {

    @ServerExceptionMapper
    public Response map(PaperRefusal refusal, UriInfo uri) {
        int status = refusal.reason().status();
        String title = switch (status) {
            case 404 -> "Not found";
            case 409 -> "Conflict";
            default -> "Invalid input";
        };
        return ErrorResponses.of(ApiError.of(status, title, refusal.getMessage()), uri);
    }
}
