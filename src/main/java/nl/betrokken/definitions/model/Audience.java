package nl.betrokken.definitions.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who answers a questionnaire. */
public enum Audience {
    PARENT("parent", "Ouders", "ouders"),
    STAFF("staff", "Team", "teamleden"),
    INSTITUTION("institution", "Instellingen", "instellingen"),
    LEA_PARTNER("lea-partner", "LEA-partners", "partners");

    private final String code;
    private final String dutchName;
    private final String dutchMembers;

    Audience(String code, String dutchName, String dutchMembers) {
        this.code = code;
        this.dutchName = dutchName;
        this.dutchMembers = dutchMembers;
    }

    /** The group, as a heading on a staff page: "Ouders", "Team". */
    public String dutchName() {
        return dutchName;
    }

    /** Its members, after a number: "12 ouders", "8 teamleden". */
    public String dutchMembers() {
        return dutchMembers;
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
