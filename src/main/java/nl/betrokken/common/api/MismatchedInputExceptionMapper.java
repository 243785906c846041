package nl.betrokken.common.api;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Well-formed JSON with a value of the wrong kind: an unknown field, text for a number, an unknown code. */
@Provider
public class MismatchedInputExceptionMapper implements ExceptionMapper<MismatchedInputException> {

    @Override
    public Response toResponse(MismatchedInputException exception) {
        String field = JsonFieldPath.of(exception.getPath());
        return ApiErrors.response(ApiError.invalid(List.of(new ApiError.FieldError(field, message(exception)))));
    }

    static String message(MismatchedInputException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return "is not a known field; known fields are "
                    + unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        Class<?> target = exception.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (target != null
                && (target == Integer.class || target == int.class || target == Long.class || target == long.class)) {
            return "must be a whole number";
        }
        if (target != null && Number.class.isAssignableFrom(target)) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be text";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (exception instanceof InvalidFormatException) {
            return "has a value that cannot be read";
        }
        return "has the wrong type";
    }
}
