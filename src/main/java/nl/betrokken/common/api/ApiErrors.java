package nl.betrokken.common.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the HTTP response for an {@link ApiError}, so every mapper answers in the same shape. */
public final class ApiErrors {

    private ApiErrors() {}

    public static Response response(ApiError error) {
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error)
                .build();
    }
}
