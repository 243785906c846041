package nl.betrokken.definitions.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

public enum ItemType {
    YES_NO("yes-no"),
    SCALE("scale"),
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    NUMBER("number"),
    TEXT("text"),
    LONG_TEXT("long-text");

    private final String code;

    ItemType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Answered by picking from a fixed list of options. */
    public boolean hasOptions() {
        return this == YES_NO || this == SCALE || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isOpenText() {
        return this == TEXT || this == LONG_TEXT;
    }

    public static Optional<ItemType> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(ItemType::code).collect(Collectors.joining(", "));
    }
}
