package nl.betrokken.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error the JSON API returns: what went wrong, and per field what to fix.
 * Loosely after RFC 9457 (problem details), without the URI types nobody resolves.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String title, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {}

    public static ApiError of(int status, String title, String detail) {
        return new ApiError(status, title, detail, List.of());
    }

    public static ApiError invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.";
        return new ApiError(400, "Invalid input", detail, errors);
    }
}
