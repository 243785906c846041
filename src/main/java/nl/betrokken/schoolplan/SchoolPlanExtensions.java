package nl.betrokken.schoolplan;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.util.Arrays;
import nl.betrokken.analysis.FigureTexts;
import nl.betrokken.analysis.StatementChange;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.web.Markup;
import nl.betrokken.common.web.StaffForm;

/** How the school plan's pages write a change, a status and a date; the templates only place them. */
@TemplateExtension
final class SchoolPlanExtensions {

    private SchoolPlanExtensions() {}

    /** Whether a statement is ticked in the action form (the ticked ones travel joined by commas). */
    static boolean ticks(StaffForm form, String value) {
        return Arrays.asList(form.value("statements").split(",")).contains(value);
    }

    static String planDate(LocalDate date) {
        return date == null ? "–" : StaffLanguage.date(date);
    }

    /** "25 % → 80 %", or "25 % → –" where the later share is not shown. */
    static String currentShares(StatementChange change) {
        return shares(change.currentBefore(), change.currentAfter());
    }

    static String desiredShares(StatementChange change) {
        return shares(change.desiredBefore(), change.desiredAfter());
    }

    private static String shares(StatementChange.Share before, StatementChange.Share after) {
        return FigureTexts.percent(before == null ? null : before.share()) + " → "
                + FigureTexts.percent(after == null ? null : after.share());
    }

    /** "+55 procentpunt (95 %-interval 24 tot 73; p = 0,0005)", or why there is no change to tell. */
    static String changeText(StatementChange change) {
        return switch (change.state()) {
            case StatementChange.NO_BASELINE -> "Geen peiling van deze lijst toen de actie werd gemaakt.";
            case StatementChange.NO_FOLLOW_UP -> "Nog geen latere peiling; de volgende laat zien of het verandert.";
            case StatementChange.NOT_SHOWN -> "Niet te vergelijken: te weinig antwoorden in een van de twee peilingen.";
            default ->
                (change.difference() >= 0 ? "+" : "−") + Math.round(Math.abs(change.difference()) * 100)
                        + " procentpunt (" + Math.round(change.confidence() * 100) + " %-interval "
                        + Math.round(change.lower() * 100) + " tot " + Math.round(change.upper() * 100) + "; "
                        + pText(change.pValue()) + ")";
        };
    }

    /** "aantoonbaar verbeterd", "aantoonbaar achteruit" or "geen aantoonbare verandering"; empty without a change. */
    static String verdict(StatementChange change) {
        if (!change.compared()) {
            return "";
        }
        if (Boolean.TRUE.equals(change.improved())) {
            return "aantoonbaar verbeterd";
        }
        return Boolean.TRUE.equals(change.significant()) ? "aantoonbaar achteruit" : "geen aantoonbare verandering";
    }

    /** The css class of a verdict, so an improvement stands out in colour and in words. */
    static String verdictClass(StatementChange change) {
        return Boolean.TRUE.equals(change.improved()) ? "status-met" : "status-not-shown";
    }

    /** "p = 0,0005", "p < 0,0001" for the smallest. */
    static String pText(Double p) {
        if (p == null) {
            return "";
        }
        return p < 0.0001 ? "p < 0,0001" : "p = " + String.format(StaffLanguage.LOCALE, "%.4f", p);
    }

    /** Plain text as paragraphs; a single line break stays a line break. */
    static RawString planText(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(Markup.escape(paragraph.strip()).replace("\n", "<br>"))
                        .append("</p>");
            }
        }
        return new RawString(html.toString());
    }

    /** For parents: "Eerst zei 25 % van de ouders ja. In de nieuwste peiling was dat 80 %." */
    static String parentsText(SchoolPlanView.PublicStatement statement) {
        if (statement.before() == null) {
            return "";
        }
        String first = "Toen zei " + FigureTexts.percent(statement.before()) + " van de ouders: zo is het nu.";
        if (statement.after() == null) {
            return first;
        }
        return first + " In de nieuwste peiling was dat " + FigureTexts.percent(statement.after())
                + (statement.improved() ? ". Dat is duidelijk beter." : ".");
    }
}
