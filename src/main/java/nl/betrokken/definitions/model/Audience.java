package nl.betrokken.definitions.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who answers a questionnaire. */
public enum Audience {
    PARENT("parent"),
    STAFF("staff"),
    INSTITUTION("institution"),
    LEA_PARTNER("lea-partner");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Audience> byCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(Audience::code).collect(Collectors.joining(", "));
    }
}
