package nl.betrokken.schoolplan;

import java.util.Arrays;
import java.util.Optional;

/** Where an action stands. The codes are the API's; the words the pages' and the parents'. */
public enum ActionStatus {
    PLANNED("planned", "Gepland"),
    DOING("doing", "Bezig"),
    DONE("done", "Klaar"),
    DROPPED("dropped", "Gestopt");

    /** The pattern the request checks the code with; keep it in step with the values. */
    static final String CODES = "planned|doing|done|dropped";

    private final String code;
    private final String dutchName;

    ActionStatus(String code, String dutchName) {
        this.code = code;
        this.dutchName = dutchName;
    }

    public String code() {
        return code;
    }

    public String dutchName() {
        return dutchName;
    }

    public static Optional<ActionStatus> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
