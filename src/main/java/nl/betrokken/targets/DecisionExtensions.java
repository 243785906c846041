package nl.betrokken.targets;

import io.quarkus.qute.TemplateExtension;
import nl.betrokken.analysis.FigureTexts;

/** How the decisions page words its numbers. */
@TemplateExtension
public final class DecisionExtensions {

    private DecisionExtensions() {}

    /** "nog 117 antwoorden: dan ligt de marge onder het doel", or why there is no number. */
    static String furtherText(Decisions.Row row, int threshold) {
        if (!row.shown()) {
            return FigureTexts.why(row.withheld(), threshold);
        }
        String side = "above".equals(row.side()) ? "boven" : "onder";
        if (!row.decidable()) {
            return "niet te beslissen, ook niet als alle ouders antwoorden: het cijfer ligt precies op het doel";
        }
        if (row.further() == 0) {
            return "al beslist: de marge ligt " + side + " het doel";
        }
        return "nog " + row.further() + (row.further() == 1 ? " antwoord" : " antwoorden") + ": dan ligt de marge "
                + side + " het doel";
    }

    /** "388 per peiling", with a warning when that is more than all parents of the group. */
    static String perWaveText(Decisions.Row row) {
        if (row.perWave() == null) {
            return "–";
        }
        String text = row.perWave() + " per peiling";
        if (row.population() != null && row.perWave() > row.population()) {
            text += " (meer dan de " + row.population() + " ouders: een verschil van deze grootte is hier niet"
                    + " aan te tonen)";
        }
        return text;
    }

    /** 0.05 as "5 procentpunten". */
    static String optionText(String fraction) {
        return pointsText(Double.parseDouble(fraction));
    }

    static String pointsText(double fraction) {
        return Math.round(fraction * 100) + " procentpunten";
    }
}
