package nl.betrokken.common.export;

import java.util.regex.Pattern;

/**
 * Cells a spreadsheet must not run as a formula: text starting with =, +, -, @, a tab or a carriage
 * return gets a leading apostrophe (OWASP's advice for CSV injection). Plain numbers stay numbers.
 */
public final class SafeCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SafeCells() {}

    public static String of(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
