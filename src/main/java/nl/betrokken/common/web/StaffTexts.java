package nl.betrokken.common.web;

import io.quarkus.qute.i18n.MessageBundles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;

/**
 * Finds the Dutch text of a message key in {@link StaffMessages}. A key is the name of a bundle
 * method; an unknown key, or one with the wrong number of arguments, is a bug and fails loudly.
 */
public final class StaffTexts {

    private StaffTexts() {}

    public static String of(String key, Object... arguments) {
        Method method = Arrays.stream(StaffMessages.class.getMethods())
                .filter(m -> m.getName().equals(key) && m.getParameterCount() == arguments.length)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "StaffMessages has no " + key + " with " + arguments.length + " arguments"));
        try {
            return (String) method.invoke(MessageBundles.get(StaffMessages.class), arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("message " + key + " could not be formatted", e);
        }
    }

    /** The page's text for a field the service refused; a generic hint where the service gave no key. */
    public static String of(InvalidFieldException e) {
        return e.messageKey().map(key -> text(key, e.arguments())).orElseGet(() -> of("check_field"));
    }

    public static String of(ConflictException e) {
        return e.messageKey().map(key -> text(key, e.arguments())).orElseGet(() -> of("conflict"));
    }

    private static String text(String key, List<Object> arguments) {
        return of(key, arguments.toArray());
    }
}
