package nl.betrokken.openanswers;

import java.util.List;
import nl.betrokken.disclosure.Withheld;

/**
 * The themes of one open question as a published figure: of the answers coded, how many carry each
 * theme (an answer may carry several, so the shares add up to more than 100 %), with the quotes an analyst
 * chose for the report. Withheld like any figure: {@code withheld} set and no numbers.
 */
public record ThemeTable(
        String itemId, String question, Withheld withheld, long coded, int institutions, int leftOut, List<Row> rows) {

    public record Row(String theme, long answers, double share, List<String> quotes) {}

    public boolean shown() {
        return withheld == null;
    }
}
