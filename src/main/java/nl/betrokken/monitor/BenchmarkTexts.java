package nl.betrokken.monitor;

import io.quarkus.qute.TemplateExtension;
import nl.betrokken.analysis.Benchmarks;
import nl.betrokken.analysis.Benchmarks.Against;
import nl.betrokken.analysis.Benchmarks.Kind;
import nl.betrokken.analysis.Figure;
import nl.betrokken.analysis.FigureTexts;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.disclosure.Percentiles;

/** A school's comparisons in words: whom it is held against, their figure, the outcome and its place. */
@TemplateExtension
public class BenchmarkTexts {

    private BenchmarkTexts() {}

    static String confidenceText(Benchmarks benchmarks) {
        return FigureTexts.percent(benchmarks.confidence());
    }

    /** The school's own share, or why it has none. */
    static String schoolText(Figure school) {
        return school.shown() ? FigureTexts.percent(school.share()) : "te weinig antwoorden";
    }

    /** "Gemeente Rijnstede", or for the norm group its year, date and size. */
    public static String whomText(Against against) {
        if (against.kind() != Kind.NORM_GROUP || against.normYear() == null) {
            return against.group();
        }
        return against.group() + " (schooljaar " + against.normYear() + ", " + against.schools()
                + " scholen, vastgezet op " + StaffLanguage.date(against.normFrozenAt()) + ")";
    }

    /** The group's share; for the norm group its middle school and the middle half around it. */
    static String theirText(Against against) {
        if (against.share() == null) {
            return "–";
        }
        Percentiles norm = against.norm();
        if (norm == null) {
            return FigureTexts.percent(against.share());
        }
        return "midden " + FigureTexts.percent(norm.p50()) + ", middelste helft "
                + FigureTexts.percent(norm.p25()).replace(" %", "") + "–" + FigureTexts.percent(norm.p75());
    }

    public static String outcomeText(Against against) {
        if (against.verdict() != null) {
            return against.verdict().dutch();
        }
        if (against.withheld() != null) {
            return "niet getoond: het cijfer van de groep valt onder de privacyregels";
        }
        return switch (against.missing() == null ? "" : against.missing()) {
            case "school-withheld" -> "niet te zeggen: te weinig antwoorden op deze school";
            case "no-other-schools" -> "niet te zeggen: er zijn geen andere scholen met een cijfer";
            case "no-norm" -> "nog geen normgroep: te weinig scholen van deze sector uit meer dan één gemeente";
            default -> "–";
        };
    }

    public static String placeText(Against against) {
        if (against.band() != null) {
            return against.band().dutch();
        }
        return against.verdict() == null ? "–" : "te weinig scholen (minder dan 10) om een plaats te noemen";
    }
}
