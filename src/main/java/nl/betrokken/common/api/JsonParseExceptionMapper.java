package nl.betrokken.common.api;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The body is not JSON at all. */
@Provider
public class JsonParseExceptionMapper implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
        return response(exception);
    }

    static Response response(JsonParseException exception) {
        var location = exception.getLocation();
        String where =
                location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return ApiErrors.response(ApiError.of(
                400,
                "Malformed JSON",
                "The request body is not valid JSON" + where
                        + ". Send a JSON object with Content-Type: application/json."));
    }
}
