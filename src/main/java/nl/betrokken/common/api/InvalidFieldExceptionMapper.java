package nl.betrokken.common.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

@Provider
public class InvalidFieldExceptionMapper implements ExceptionMapper<InvalidFieldException> {

    @Override
    public Response toResponse(InvalidFieldException exception) {
        return ApiErrors.response(
                ApiError.invalid(List.of(new ApiError.FieldError(exception.field(), exception.getMessage()))));
    }
}
