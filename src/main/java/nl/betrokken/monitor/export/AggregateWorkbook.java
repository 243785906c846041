package nl.betrokken.monitor.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import nl.betrokken.analysis.AnalysisService;
import nl.betrokken.analysis.BenchmarkService;
import nl.betrokken.analysis.Benchmarks;
import nl.betrokken.analysis.Figure;
import nl.betrokken.analysis.FigureTexts;
import nl.betrokken.analysis.IndicatorTrend;
import nl.betrokken.analysis.RakedShare;
import nl.betrokken.analysis.Reach;
import nl.betrokken.analysis.ReachService;
import nl.betrokken.analysis.WaveResults;
import nl.betrokken.monitor.BenchmarkTexts;
import nl.betrokken.monitor.MonitorExtensions;
import nl.betrokken.openanswers.ThemeCounts;
import nl.betrokken.openanswers.ThemeTable;
import nl.betrokken.organisations.Sector;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The aggregated tables of a wave as an Excel workbook; the same figures, and suppression, as the monitor. */
@ApplicationScoped
public class AggregateWorkbook {

    static {
        // POI buffers streamed sheets in /tmp/poifiles by default, a folder shared by every user of
        // the machine: once another user created it, writing there fails. Each process gets its own.
        try {
            File own = Files.createTempDirectory("betrokken-poi-").toFile();
            own.deleteOnExit();
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(own));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for workbook exports", e);
        }
    }

    private final AnalysisService analysis;
    private final ReachService reach;
    private final BenchmarkService benchmarks;
    private final ThemeCounts themes;

    public AggregateWorkbook(
            AnalysisService analysis, ReachService reach, BenchmarkService benchmarks, ThemeCounts themes) {
        this.analysis = analysis;
        this.themes = themes;
        this.reach = reach;
        this.benchmarks = benchmarks;
    }

    /** The figures, computed inside the caller's request (scope applies); written later by {@link #write}. */
    public record Tables(
            WaveResults results,
            Reach reach,
            List<IndicatorTrend> trends,
            List<Benchmarks> benchmarks,
            List<ThemeCounts.Group> themes) {}

    public Tables tables(long waveId) {
        return new Tables(
                analysis.results(waveId, AnalysisService.Filter.ALL, null),
                reach.reach(waveId, AnalysisService.Filter.ALL),
                analysis.trends(waveId, AnalysisService.Filter.ALL),
                benchmarks.ofEverySchool(waveId),
                themes.ofEverySchool(waveId));
    }

    public void write(Tables tables, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            indicators(workbook.createSheet("Indicatoren"), tables.results(), bold);
            items(workbook.createSheet("Uitspraken"), tables.results(), bold);
            response(workbook.createSheet("Respons"), tables.reach(), bold);
            about(workbook.createSheet("Over deze cijfers"), tables.results(), bold);
            trends(
                    workbook.createSheet("Verloop"),
                    tables.trends(),
                    tables.results().threshold(),
                    bold);
            benchmarks(workbook.createSheet("Vergelijking"), tables.benchmarks(), bold);
            if (!tables.themes().isEmpty()) {
                themes(
                        workbook.createSheet("Open antwoorden"),
                        tables.themes(),
                        tables.results().threshold(),
                        bold);
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void indicators(Sheet sheet, WaveResults results, CellStyle bold) {
        header(sheet, bold, withFigure("Indicator", "Groep", "Soort groep"));
        int r = 1;
        int threshold = results.threshold();
        for (WaveResults.IndicatorResult indicator : results.indicators()) {
            r = figure(sheet, r, indicator.label(), "Alle scholen", "totaal", indicator.overall(), threshold);
            for (Figure f : indicator.bySector()) {
                r = figure(sheet, r, indicator.label(), Sector.dutchName(f.group()), "sector", f, threshold);
            }
            for (Figure f : indicator.byInstitution()) {
                r = figure(sheet, r, indicator.label(), f.group(), "school", f, threshold);
            }
        }
    }

    private static int figure(
            Sheet sheet, int r, String indicator, String group, String kind, Figure f, int threshold) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(indicator);
        row.createCell(1).setCellValue(group);
        row.createCell(2).setCellValue(kind);
        counts(row, 3, f, threshold);
        int next = r + 1;
        // raked to the schools and one background question: the weighted columns of a row of its own
        for (RakedShare raked : f.raked()) {
            Row line = sheet.createRow(next++);
            line.createCell(0).setCellValue(indicator);
            line.createCell(1).setCellValue(group);
            line.createCell(2)
                    .setCellValue(kind + ", gewogen naar school en " + raked.question() + " (samenstelling: "
                            + raked.source() + ")");
            line.createCell(3 + 8).setCellValue(raked.share());
            line.createCell(3 + 9).setCellValue(raked.lower());
            line.createCell(3 + 10).setCellValue(raked.upper());
            line.createCell(3 + 11).setCellValue(raked.designEffect());
            line.createCell(3 + 12).setCellValue(raked.effectiveRespondents());
        }
        return next;
    }

    /** The columns {@link #counts} writes, after the given ones. */
    private static String[] withFigure(String... before) {
        return Stream.concat(
                        Stream.of(before),
                        Stream.of(
                                "Positief",
                                "n",
                                "Aandeel",
                                "Ondergrens",
                                "Bovengrens",
                                "Niet getoond",
                                "Toelichting",
                                "Respons",
                                "Gewogen aandeel",
                                "Gewogen ondergrens",
                                "Gewogen bovengrens",
                                "Design-effect",
                                "Effectief aantal respondenten"))
                .toArray(String[]::new);
    }

    /** A figure's columns from {@code first} on: counts, interval, why not shown, response and weighting. */
    private static void counts(Row row, int first, Figure f, int threshold) {
        if (!f.suppressed() && f.share() != null) {
            row.createCell(first).setCellValue(f.positive());
            row.createCell(first + 1).setCellValue(f.answered());
            row.createCell(first + 2).setCellValue(f.share());
            row.createCell(first + 3).setCellValue(f.lower());
            row.createCell(first + 4).setCellValue(f.upper());
        }
        row.createCell(first + 5).setCellValue(f.suppressed() ? "ja" : "nee");
        row.createCell(first + 6)
                .setCellValue(
                        f.suppressed() ? FigureTexts.why(f.withheld(), threshold) : FigureTexts.note(f, threshold));
        if (f.responseRate() != null) {
            row.createCell(first + 7).setCellValue(f.responseRate());
        }
        if (f.weighted() != null) {
            row.createCell(first + 8).setCellValue(f.weighted().share());
            row.createCell(first + 9).setCellValue(f.weighted().lower());
            row.createCell(first + 10).setCellValue(f.weighted().upper());
            row.createCell(first + 11).setCellValue(f.weighted().designEffect());
            row.createCell(first + 12).setCellValue(f.weighted().effectiveRespondents());
        }
    }

    private static void items(Sheet sheet, WaveResults results, CellStyle bold) {
        header(
                sheet,
                bold,
                "Variabele",
                "Uitspraak",
                "Beantwoord",
                "Antwoord",
                "Respondenten",
                "Aandeel",
                "Gemiddelde",
                "Standaardafwijking",
                "Toelichting");
        int r = 1;
        for (WaveResults.ItemResult item : results.items()) {
            String note = item.suppressed()
                    ? FigureTexts.why(item.withheld(), results.threshold())
                    : FigureTexts.leftOut(item.leftOut(), results.threshold());
            if (item.options() == null) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(item.key());
                row.createCell(1).setCellValue(item.text());
                if (item.answered() != null) {
                    row.createCell(2).setCellValue(item.answered());
                }
                row.createCell(8).setCellValue(note);
                continue;
            }
            for (WaveResults.OptionCount option : item.options()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(item.key());
                row.createCell(1).setCellValue(item.text());
                row.createCell(2).setCellValue(item.answered());
                row.createCell(3).setCellValue(option.label());
                row.createCell(4).setCellValue(option.respondents());
                row.createCell(5).setCellValue(option.share());
                if (item.mean() != null) {
                    row.createCell(6).setCellValue(item.mean());
                }
                if (item.standardDeviation() != null) {
                    row.createCell(7).setCellValue(item.standardDeviation());
                }
                row.createCell(8).setCellValue(note);
            }
        }
    }

    private static void response(Sheet sheet, Reach reach, CellStyle bold) {
        header(sheet, bold, "School", "Sector", "Respondenten", "Ouders", "Respons", "Let op");
        int r = 1;
        for (Reach.InstitutionReach institution : reach.institutions()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(institution.institution());
            row.createCell(1).setCellValue(Sector.dutchName(institution.sector()));
            row.createCell(2).setCellValue(institution.respondents());
            if (institution.population() != null) {
                row.createCell(3).setCellValue(institution.population());
            }
            if (institution.responseRate() != null) {
                row.createCell(4).setCellValue(institution.responseRate());
            }
            row.createCell(5).setCellValue(FigureTexts.warnings(institution.warnings()));
        }
    }

    /** Every indicator through the waves of this questionnaire that count it the same way. */
    private static void trends(Sheet sheet, List<IndicatorTrend> trends, int threshold, CellStyle bold) {
        header(sheet, bold, withFigure("Indicator", "Peiling", "Begonnen op", "Versie"));
        int r = 1;
        for (IndicatorTrend trend : trends) {
            for (IndicatorTrend.Point point : trend.points()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(trend.label());
                row.createCell(1).setCellValue(point.wave());
                row.createCell(2).setCellValue(point.opensOn().toString());
                row.createCell(3).setCellValue(point.version());
                counts(row, 4, point.figure(), threshold);
            }
        }
    }

    /** Every school the reader sees against its municipality, its sector there and the norm group. */
    private static void benchmarks(Sheet sheet, List<Benchmarks> schools, CellStyle bold) {
        header(
                sheet,
                bold,
                "School",
                "Sector",
                "Indicator",
                "Aandeel school",
                "Vergeleken met",
                "Hun aandeel",
                "Uitkomst",
                "Plaats tussen de scholen");
        int r = 1;
        for (Benchmarks school : schools) {
            for (Benchmarks.IndicatorBenchmark indicator : school.indicators()) {
                for (Benchmarks.Against against : indicator.against()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(school.institution());
                    row.createCell(1).setCellValue(school.sector());
                    row.createCell(2).setCellValue(indicator.label());
                    if (indicator.school().shown()) {
                        row.createCell(3).setCellValue(indicator.school().share());
                    }
                    row.createCell(4).setCellValue(BenchmarkTexts.whomText(against));
                    if (against.share() != null) {
                        row.createCell(5).setCellValue(against.share());
                    }
                    row.createCell(6).setCellValue(BenchmarkTexts.outcomeText(against));
                    row.createCell(7).setCellValue(BenchmarkTexts.placeText(against));
                }
            }
        }
    }

    /** The themes of the open answers, for the whole wave and every school the reader sees; no quotes. */
    private static void themes(Sheet sheet, List<ThemeCounts.Group> groups, int threshold, CellStyle bold) {
        header(sheet, bold, "Groep", "Vraag", "Thema", "Antwoorden", "Deel van de ingedeelde antwoorden", "Ingedeeld");
        int r = 1;
        for (ThemeCounts.Group group : groups) {
            for (ThemeTable table : group.tables()) {
                if (!table.shown()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(group.name());
                    row.createCell(1).setCellValue(table.question());
                    row.createCell(2).setCellValue(FigureTexts.why(table.withheld(), threshold));
                    continue;
                }
                for (ThemeTable.Row theme : table.rows()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(group.name());
                    row.createCell(1).setCellValue(table.question());
                    row.createCell(2).setCellValue(theme.theme());
                    row.createCell(3).setCellValue(theme.answers());
                    row.createCell(4).setCellValue(theme.share());
                    row.createCell(5).setCellValue(table.coded());
                }
            }
        }
    }

    /** What the figures are and what they leave out, for whoever opens the file later. */
    private static void about(Sheet sheet, WaveResults results, CellStyle bold) {
        header(sheet, bold, "Over deze cijfers");
        List<String> lines = List.of(
                "Peiling: " + results.wave(),
                MonitorExtensions.publicationText(results),
                "Een cijfer over minder dan " + results.threshold()
                        + " antwoorden wordt niet getoond en telt in geen enkel"
                        + " totaal mee: een totaal telt alleen de scholen waarvan het eigen cijfer getoond wordt.",
                "Cijfers veranderen pas als er minstens " + results.threshold()
                        + " nieuwe antwoorden zijn, zodat niemand"
                        + " het antwoord van één ouder kan afleiden uit twee downloads.",
                "Het aantal respondenten per school is actueel.",
                "Respons: het deel van alle ouders (of teamleden) van de groep dat de vraag beantwoordde. Onder het"
                        + " minimum van de gemeente staat bij de toelichting 'niet representatief'.",
                "Gewogen: elke school telt mee naar haar aantal ouders (gestratificeerde schatting met eindige-"
                        + "populatiecorrectie per school, Cochran 1977, hoofdstuk 5). Het design-effect is de"
                        + " variantie ten opzichte van een gewone steekproef van evenveel ouders; het effectief aantal"
                        + " is n gedeeld door het design-effect.",
                "Vergelijking: elke school tegenover de gemeente en haar sector daar (significant hoger of lager dan"
                        + " de andere scholen samen volgens het interval van Newcombe voor het verschil van twee"
                        + " aandelen) en tegenover de normgroep van het platform (het Wilson-interval van de school"
                        + " tegenover de middelste school). De plaats tussen de scholen noemen we vanaf 10 scholen met"
                        + " een cijfer; van de normgroep bewaren we alleen de percentielen, nooit een school.",
                "Open antwoorden: een analist van de gemeente deelde de antwoorden in met thema's; één antwoord kan"
                        + " meer thema's hebben. Het deel is het deel van de ingedeelde antwoorden met dat thema, niet"
                        + " van alle ouders. Een school telt mee vanaf " + results.threshold()
                        + " ingedeelde antwoorden.");
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i + 1).createCell(0).setCellValue(lines.get(i));
        }
    }

    private static void header(Sheet sheet, CellStyle bold, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(bold);
        }
    }

    static List<String> sheets() {
        return List.of("Indicatoren", "Uitspraken", "Respons", "Over deze cijfers");
    }
}
