package nl.betrokken.monitor;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.betrokken.analysis.ChannelReport;
import nl.betrokken.analysis.Comparison;
import nl.betrokken.analysis.ExpectationsProfile;
import nl.betrokken.analysis.Figure;
import nl.betrokken.analysis.FigureTexts;
import nl.betrokken.analysis.IndicatorTrend;
import nl.betrokken.analysis.Reach;
import nl.betrokken.analysis.TypologyProfile;
import nl.betrokken.analysis.WaveResults;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.disclosure.InstitutionTally;
import nl.betrokken.disclosure.Rules;
import nl.betrokken.disclosure.Withheld;
import nl.betrokken.organisations.Sector;
import nl.betrokken.targets.TargetView;

/** How figures read on the Dutch monitor pages; the templates only place them. */
@TemplateExtension
public final class MonitorExtensions {

    private MonitorExtensions() {}

    /** When the figures about answers were published; respondent numbers are always current. */
    public static String publicationText(WaveResults results) {
        if (results.publishedAt() == null) {
            return "Er zijn nog geen cijfers over antwoorden gepubliceerd.";
        }
        return "Cijfers over antwoorden zoals gepubliceerd op " + StaffLanguage.moment(results.publishedAt())
                + "; het aantal respondenten is actueel.";
    }

    /** Who answered, after a number: "ouders", "teamleden", "instellingen". */
    static String members(WaveResults results) {
        return results.audience().dutchMembers();
    }

    /** Whether the wave's answers describe the institutions that gave them, and are shown per institution. */
    static boolean aboutOrganisations(WaveResults results) {
        return Rules.aboutOrganisations(results.audience());
    }

    /** "12 van de 15 instellingen", for an indicator of a questionnaire institutions answer about themselves. */
    static String institutionCount(WaveResults.IndicatorResult indicator) {
        InstitutionTally tally = indicator.institutions();
        if (tally == null) {
            return "";
        }
        if (!tally.shown()) {
            return FigureTexts.why(tally.withheld(), 1);
        }
        return tally.positive() + " van de " + tally.counted()
                + (tally.counted() == 1 ? " instelling" : " instellingen");
    }

    static String warningText(Reach.InstitutionReach institution) {
        return FigureTexts.warnings(institution.warnings());
    }

    static String why(Withheld withheld, int threshold) {
        return FigureTexts.why(withheld, threshold);
    }

    static String text(Comparison.Change change) {
        if (change.suppressed()) {
            return "niet te vergelijken: te weinig respons";
        }
        return difference(change.difference(), change.lower(), change.upper(), change.significant());
    }

    static String differenceText(ChannelReport.IndicatorByWay indicator) {
        if (indicator.assistedMinusSelf() == null) {
            return "niet te vergelijken: te weinig antwoorden met of zonder hulp";
        }
        return difference(indicator.assistedMinusSelf(), indicator.lower(), indicator.upper(), indicator.significant());
    }

    /** "+12 procentpunt (-3 tot 27), geen aantoonbaar verschil". */
    private static String difference(double difference, double lower, double upper, boolean significant) {
        String sign = difference >= 0 ? "+" : "−";
        return sign + Math.round(Math.abs(difference) * 100) + " procentpunt ("
                + Math.round(lower * 100)
                + " tot " + Math.round(upper * 100) + ")"
                + (significant ? ", een aantoonbaar verschil" : ", geen aantoonbaar verschil");
    }

    static RawString institutionChart(WaveResults.IndicatorResult indicator) {
        List<Charts.Bar> bars =
                indicator.byInstitution().stream().map(MonitorExtensions::bar).toList();
        return new RawString(Charts.bars(
                indicator.label() + " per school",
                "Aandeel positief per school met 95 %-betrouwbaarheidsinterval; de cijfers staan ook in de tabel eronder.",
                bars,
                null));
    }

    static RawString sectorChart(WaveResults.IndicatorResult indicator) {
        List<Charts.Bar> bars = new ArrayList<>();
        bars.add(bar(indicator.overall()));
        indicator.bySector().forEach(f -> bars.add(bar(f)));
        return new RawString(Charts.bars(
                indicator.label() + " per sector",
                "Aandeel positief in de hele gemeente en per sector, met betrouwbaarheidsinterval.",
                bars,
                null));
    }

    private static Charts.Bar bar(Figure figure) {
        String label = "all".equals(figure.group()) ? "Alle scholen" : Sector.dutchName(figure.group());
        return new Charts.Bar(label, figure.suppressed() ? null : figure.share(), figure.lower(), figure.upper());
    }

    static String sectorName(Figure figure) {
        return Sector.dutchName(figure.group());
    }

    static String sectorName(Reach.InstitutionReach institution) {
        return Sector.dutchName(institution.sector());
    }

    static RawString chart(TargetView target) {
        List<Charts.Point> points = target.trend().stream()
                .map(p -> new Charts.Point(p.date().toString(), p.share(), p.lower(), p.upper()))
                .toList();
        return new RawString(Charts.trend(
                "Verloop: " + target.name(),
                "Waarde per peiling met interval; de rode stippellijn is" + " het doel van "
                        + FigureTexts.percent(target.threshold()) + ".",
                points,
                target.threshold()));
    }

    static RawString chart(IndicatorTrend trend) {
        List<Charts.Point> points = trend.points().stream()
                .map(p -> new Charts.Point(
                        p.opensOn().toString(),
                        p.figure().suppressed() ? null : p.figure().share(),
                        p.figure().lower(),
                        p.figure().upper()))
                .toList();
        return new RawString(Charts.trend(
                "Verloop: " + trend.label(),
                "Aandeel positief per peiling met interval; de cijfers staan ook in de tabel eronder.",
                points,
                null));
    }

    static RawString chart(TypologyProfile profile) {
        List<TypologyProfile.Side> shown =
                profile.sides().stream().filter(s -> !s.suppressed()).toList();
        if (shown.isEmpty()) {
            return new RawString("");
        }
        List<String> rungs =
                shown.get(0).rungs().stream().map(TypologyProfile.Rung::label).toList();
        List<String> series = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (TypologyProfile.Side side : shown) {
            String who = who(side);
            series.add(who + ": nu");
            values.add(side.rungs().stream().map(TypologyProfile.Rung::current).toList());
            series.add(who + ": gewenst");
            values.add(side.rungs().stream().map(TypologyProfile.Rung::desired).toList());
        }
        return new RawString(Charts.grouped(
                "Schooltype: nu en gewenst",
                "Aandeel 'ja' per type school, voor de huidige en de"
                        + " gewenste situatie, van ouders en team. De cijfers staan ook in de tabel.",
                rungs,
                series,
                values));
    }

    /** The share of the two highest points of a scale item, e.g. "eens" and "helemaal eens". */
    /** Answered on a scale, so it has a top two and a mean. */
    static boolean scaleItem(WaveResults.ItemResult item) {
        return ItemType.SCALE.code().equals(item.type());
    }

    static String topTwo(WaveResults.ItemResult item) {
        if (item.options() == null || item.answered() == null || !scaleItem(item)) {
            return "–";
        }
        List<WaveResults.OptionCount> scored = item.options().stream()
                .filter(o -> !o.id().equals(item.notApplicable()))
                .toList();
        long total =
                scored.stream().mapToLong(WaveResults.OptionCount::respondents).sum();
        long top = scored.stream()
                .skip(Math.max(0, scored.size() - 2))
                .mapToLong(WaveResults.OptionCount::respondents)
                .sum();
        return total == 0 ? "–" : FigureTexts.percent((double) top / total);
    }

    /** The questions answered by choosing (yes/no, one or several options), other than the background ones. */
    static List<WaveResults.ItemResult> choiceItems(WaveResults results) {
        return results.items().stream()
                .filter(i -> i.type().equals(ItemType.YES_NO.code())
                        || i.type().equals(ItemType.SINGLE_CHOICE.code())
                        || i.type().equals(ItemType.MULTIPLE_CHOICE.code()))
                .filter(i -> !"sector".equals(i.itemId()))
                .toList();
    }

    /** "Gesprek op school 60 % · E-mail 40 %": most chosen first; why not, when withheld. */
    static String optionsText(WaveResults.ItemResult item) {
        if (item.suppressed() || item.options() == null) {
            return "niet getoond";
        }
        return String.join(
                " · ",
                item.options().stream()
                        .sorted(Comparator.comparingDouble(WaveResults.OptionCount::share)
                                .reversed())
                        .map(o -> o.label() + " " + FigureTexts.percent(o.share()))
                        .toList());
    }

    static String mean(WaveResults.ItemResult item) {
        return item.mean() == null ? "–" : String.format(StaffLanguage.LOCALE, "%.2f", item.mean());
    }

    static String rungName(TypologyProfile.Side side, String rung) {
        if (rung == null) {
            return "geen type (geen enkele trede haalt de helft 'ja')";
        }
        return side.rungs().stream()
                .filter(r -> r.id().equals(rung))
                .map(TypologyProfile.Rung::label)
                .findFirst()
                .orElse(rung);
    }

    /** A type read as the one with the most "yes"; there is always one once any statement is shown. */
    static String typeName(TypologyProfile.Side side, String rung) {
        return rung == null ? "–" : rungName(side, rung);
    }

    /** Why a statement is a "not wanted" finding. */
    static String notWantedReason(TypologyProfile.Side side, TypologyProfile.ImprovementPoint point) {
        String shares =
                "nu " + FigureTexts.percent(point.current()) + ", gewenst " + FigureTexts.percent(point.desired());
        return point.desired() < side.notWantedBelow()
                ? "minder dan " + FigureTexts.percent(side.notWantedBelow()) + " wil dit; " + shares
                : "minder gewenst dan het nu is: " + shares;
    }

    /** How far desired lies above current, in percentage points: "+40 procentpunt". */
    static String gapText(TypologyProfile.ImprovementPoint point) {
        return "+" + Math.round(point.gap() * 100) + " procentpunt";
    }

    /** The share of "yes" from which the ladder counts a type as reached: "50 %". */
    static String reachedAtText(TypologyProfile.Side side) {
        return FigureTexts.percent(side.reachedAt());
    }

    static List<TypologyProfile.ImprovementPoint> top(TypologyProfile.Side side) {
        return side.improvementPoints().stream()
                .filter(p -> p.gap() > 0)
                .sorted(Comparator.comparingDouble(TypologyProfile.ImprovementPoint::gap)
                        .reversed())
                .limit(10)
                .toList();
    }

    static String who(TypologyProfile.Side side) {
        return audience(side).dutchName();
    }

    static String who(ExpectationsProfile.Side side) {
        return audience(side.audience()).dutchName();
    }

    static String members(ExpectationsProfile.Side side) {
        return audience(side.audience()).dutchMembers();
    }

    /** Who finds an expectation unmet: "ouders", "team" or "ouders en team". */
    static String whoText(ExpectationsProfile.Unmet unmet) {
        return String.join(
                " en ",
                unmet.audiences().stream()
                        .map(a -> audience(a).dutchName().toLowerCase(StaffLanguage.LOCALE))
                        .toList());
    }

    static String unmetGapText(ExpectationsProfile profile) {
        return Math.round(profile.unmetGap() * 100) + " procentpunt";
    }

    /** "ouders", "team", inside a sentence. */
    static String whoLower(TypologyProfile.Side side) {
        return audience(side).dutchName().toLowerCase(StaffLanguage.LOCALE);
    }

    static String members(TypologyProfile.Side side) {
        return audience(side).dutchMembers();
    }

    private static Audience audience(TypologyProfile.Side side) {
        return audience(side.audience());
    }

    private static Audience audience(String code) {
        return Audience.byCode(code).orElseThrow();
    }
}
