package nl.betrokken.lea;

import java.util.Arrays;
import java.util.Optional;

/** What a member does in the working group; being a parent is marked apart, as any member can be one. */
public enum WorkingGroupRole {
    CHAIR("chair", "Voorzitter"),
    SECRETARY("secretary", "Secretaris"),
    MEMBER("member", "Lid"),
    ADVISOR("advisor", "Adviseur");

    private final String code;
    private final String dutchName;

    WorkingGroupRole(String code, String dutchName) {
        this.code = code;
        this.dutchName = dutchName;
    }

    public String code() {
        return code;
    }

    public String dutchName() {
        return dutchName;
    }

    public static Optional<WorkingGroupRole> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
