package nl.betrokken.organisations.duo;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A row of the file the import cannot read, with its line number (the header is line 1) and why,
 * in English for the API; the key and arguments name the Dutch text of the pages (StaffMessages).
 */
public record ImportProblem(
        int line,
        String message,
        @JsonIgnore String key,
        @JsonIgnore List<Object> arguments) {

    static ImportProblem of(int line, String message, String key, Object... arguments) {
        return new ImportProblem(line, message, key, List.of(arguments));
    }
}
