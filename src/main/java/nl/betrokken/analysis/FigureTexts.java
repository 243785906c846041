package nl.betrokken.analysis;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.betrokken.disclosure.Warning;
import nl.betrokken.disclosure.Withheld;

/**
 * The Dutch words for a figure and for what disclosure control did to it, the same on the monitor,
 * in the LEA texts and in the workbook.
 */
public final class FigureTexts {

    private FigureTexts() {}

    /** "73 %", or "–" when there is no share. */
    @TemplateExtension
    public static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** "73 % (65–80 %)", or why there is no figure; the threshold is the municipality's. */
    @TemplateExtension
    public static String text(Figure figure, int threshold) {
        if (figure == null) {
            return "–";
        }
        if (figure.suppressed()) {
            return why(figure.withheld(), threshold);
        }
        return percent(figure.share()) + " (" + Math.round(figure.lower() * 100) + "–"
                + Math.round(figure.upper() * 100) + " %)";
    }

    /** What a shown figure leaves out and warns of: "zonder 1 school met minder dan 5 antwoorden; let op: ...". */
    @TemplateExtension
    public static String note(Figure figure, int threshold) {
        if (figure == null) {
            return "";
        }
        return Stream.of(unrepresentative(figure), leftOut(figure.leftOut(), threshold), warnings(figure.warnings()))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.joining("; "));
    }

    /** "niet representatief: 12 % antwoordde (minimaal 20 %)", or nothing. */
    public static String unrepresentative(Figure figure) {
        if (!figure.unrepresentative()) {
            return "";
        }
        return "niet representatief: " + percent(figure.responseRate()) + " antwoordde (minimaal "
                + percent(figure.minimumResponseRate()) + ")";
    }

    /** "24 %" of the group's parents answered, or "–" when their number is not known. */
    @TemplateExtension
    public static String responseText(Figure figure) {
        return figure == null ? "–" : percent(figure.responseRate());
    }

    /** "71 % (62–80 %)" weighted by school, or "–" for one school or when it cannot be weighted. */
    @TemplateExtension
    public static String weightedText(Figure figure) {
        if (figure == null || figure.weighted() == null) {
            return "–";
        }
        WeightedShare weighted = figure.weighted();
        return percent(weighted.share()) + " (" + Math.round(weighted.lower() * 100) + "–"
                + Math.round(weighted.upper() * 100) + " %)";
    }

    /** "design-effect 1,12: de antwoorden tellen als 85 willekeurig gekozen ouders", or nothing. */
    @TemplateExtension
    public static String designText(Figure figure) {
        if (figure == null || figure.weighted() == null) {
            return "";
        }
        WeightedShare weighted = figure.weighted();
        return String.format(Locale.ROOT, "design-effect %.2f", weighted.designEffect())
                        .replace('.', ',')
                + ": de " + figure.answered() + " antwoorden zijn even precies als "
                + Math.round(weighted.effectiveRespondents()) + " willekeurig gekozen ouders";
    }

    /** "69 % (61–77 %)" raked to the schools and one background question's make-up. */
    @TemplateExtension
    public static String rakedText(RakedShare raked) {
        return percent(raked.share()) + " (" + Math.round(raked.lower() * 100) + "–" + Math.round(raked.upper() * 100)
                + " %)";
    }

    /** "design-effect 1,31, even precies als 98 willekeurig gekozen ouders; 12 zonder antwoord op deze vraag". */
    @TemplateExtension
    public static String rakedDesignText(RakedShare raked) {
        return String.format(Locale.ROOT, "design-effect %.2f", raked.designEffect())
                        .replace('.', ',')
                + ", even precies als " + Math.round(raked.effectiveRespondents()) + " willekeurig gekozen ouders"
                + (raked.unknown() == 0
                        ? ""
                        : "; " + raked.unknown() + " van wie het antwoord op deze vraag niet bekend is tellen alleen"
                                + " naar hun school");
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
        return "zonder " + leftOut + (leftOut == 1 ? " school" : " scholen") + " met minder dan " + threshold
                + " antwoorden";
    }

    /** The warnings of a figure in words, or nothing. */
    public static String warnings(List<Warning> warnings) {
        return warnings == null || warnings.isEmpty()
                ? ""
                : "let op: " + warnings.stream().map(Warning::dutch).collect(Collectors.joining("; "));
    }
}
