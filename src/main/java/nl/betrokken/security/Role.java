package nl.betrokken.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a user may do; each role but the administrator is bound to one organisation. */
public enum Role {
    ADMINISTRATOR(Role.ADMIN, "Beheerder"),
    MUNICIPALITY_ANALYST(Role.ANALYST, "Gemeente"),
    BOARD_MEMBER(Role.BOARD, "Schoolbestuur"),
    INSTITUTION_LEAD(Role.LEAD, "Schoolleiding");

    /** Role names as security annotations use them. */
    public static final String ADMIN = "administrator";

    public static final String ANALYST = "municipality-analyst";
    public static final String BOARD = "board-member";
    public static final String LEAD = "institution-lead";

    private final String code;
    private final String dutchName;

    Role(String code, String dutchName) {
        this.code = code;
        this.dutchName = dutchName;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String dutchName() {
        return dutchName;
    }

    public static Optional<Role> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
    }
}
