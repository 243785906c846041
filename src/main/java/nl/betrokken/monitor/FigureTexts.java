package nl.betrokken.monitor;

import java.util.List;
import java.util.stream.Collectors;

import nl.betrokken.disclosure.Warning;
import nl.betrokken.disclosure.Withheld;

/** The Dutch words for what disclosure control did to a figure, the same on every page and in the workbook. */
public final class FigureTexts {

    private FigureTexts() {
    }

    /** Why a figure is not shown. */
    public static String why(Withheld withheld, int threshold) {
        if (withheld == null) {
            return "";
        }
        return switch (withheld) {
            case TOO_FEW_ANSWERS -> "niet getoond: minder dan " + threshold + " antwoorden";
            case FEW_INSTITUTIONS_BEYOND_SCOPE -> "niet getoond: te weinig scholen buiten uw eigen organisatie";
            case PROTECTS_ANOTHER_FIGURE -> "niet getoond: anders is een ander verborgen cijfer terug te rekenen";
            case BEYOND_SCOPE -> "niet getoond: valt buiten uw organisatie";
        };
    }

    /** "zonder 2 scholen met minder dan 5 antwoorden", or nothing. */
    public static String leftOut(Integer leftOut, int threshold) {
        if (leftOut == null || leftOut == 0) {
            return "";
        }
        return "zonder " + leftOut + (leftOut == 1 ? " school" : " scholen") + " met minder dan " + threshold + " antwoorden";
    }

    /** The warnings of a figure in words, or nothing. */
    public static String warnings(List<Warning> warnings) {
        return warnings == null || warnings.isEmpty() ? "" : "let op: " + warnings.stream().map(Warning::dutch)
                .collect(Collectors.joining("; "));
    }
}
