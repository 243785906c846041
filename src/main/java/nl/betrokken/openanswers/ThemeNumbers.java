package nl.betrokken.openanswers;

import java.util.List;
import java.util.Map;

/** Reads what an analyst typed for an answer's themes: their numbers ("1 3", "2,5"), or 0 when none applies. */
final class ThemeNumbers {

    private ThemeNumbers() {}

    /**
     * Adds the ids of the typed themes to {@code chosen}; returns what is wrong in Dutch, or null. Empty
     * text means "not coded" and chooses nothing.
     */
    static String parse(String typed, Map<Integer, Long> byNumber, List<Long> chosen) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        String range = byNumber.isEmpty()
                ? "Maak eerst een thema aan, of typ 0 als geen thema past."
                : "Gebruik de nummers 1 tot en met " + byNumber.size() + ", of 0 als geen thema past.";
        String[] parts = text.split("[\\s,;.+]+");
        if (parts.length == 1 && (parts[0].equals("0") || parts[0].equals("-"))) {
            return null;
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,3}")) {
                return "'" + part + "' is geen nummer van een thema. " + range;
            }
            int number = Integer.parseInt(part);
            if (number == 0) {
                return "0 betekent: geen thema past. Typ 0 alleen, of laat het weg. " + range;
            }
            Long id = byNumber.get(number);
            if (id == null) {
                return "Er is geen thema " + number + ". " + range;
            }
            if (!chosen.contains(id)) {
                chosen.add(id);
            }
        }
        return null;
    }
}
