package nl.betrokken.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;

/**
 * Checks a request built from a staff form with the same Bean Validation constraints the JSON API
 * applies to it, and puts the Dutch text of each broken constraint by its field. The API's English
 * texts stay on the constraints; the page's texts come from {@link StaffMessages} by constraint kind,
 * and for a pattern by field ({@code pattern_<field>}), because "does not match" helps nobody.
 */
@ApplicationScoped
public class StaffFormChecks {

    private final Validator validator;

    public StaffFormChecks(Validator validator) {
        this.validator = validator;
    }

    /** The form, with an error by each field of the request that breaks a constraint. */
    public StaffForm check(StaffForm form, Object request) {
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(violation -> form.error(violation.getPropertyPath().toString(), text(violation)));
        return form;
    }

    /**
     * Checks the request and, when it passes, makes the change; a service's refusal becomes an error
     * by its field. Empty when the form has to be shown again.
     */
    public <T> Optional<T> attempt(StaffForm form, Object request, Supplier<T> change) {
        check(form, request);
        if (form.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(change.get());
        } catch (InvalidFieldException e) {
            form.refused(e);
        } catch (ConflictException e) {
            form.refused(e);
        }
        return Optional.empty();
    }

    private static String text(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String kind = constraint.annotationType().getSimpleName();
        return switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty" -> StaffTexts.of("required");
            case "Size" -> StaffTexts.of("too_long", attributes.get("max"));
            case "PositiveOrZero" -> StaffTexts.of("zero_or_more");
            case "Max" -> StaffTexts.of("at_most", attributes.get("value"));
            case "Min" -> StaffTexts.of("at_least", attributes.get("value"));
            case "Pattern" -> StaffTexts.of("pattern_" + violation.getPropertyPath());
            default -> StaffTexts.of("check_field");
        };
    }
}
