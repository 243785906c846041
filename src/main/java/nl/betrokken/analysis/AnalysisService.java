package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.analysis.WaveResults.IndicatorResult;
import nl.betrokken.analysis.WaveResults.ItemResult;
import nl.betrokken.analysis.WaveResults.OptionCount;
import nl.betrokken.analysis.WaveResults.ScaleResult;
import nl.betrokken.analysis.stats.CronbachAlpha;
import nl.betrokken.analysis.stats.Proportions;
import nl.betrokken.analysis.stats.ScaleStatistics;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemScale;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.disclosure.Rules;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.organisations.Sector;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveService;
import nl.betrokken.waves.WaveView;

/**
 * The figures of a wave for the institutions the caller may see: indicators overall, by sector and
 * by institution; item distributions and means; scale reliability. The counts come from disclosure
 * control; this class adds the statistics.
 */
@ApplicationScoped
@Transactional
public class AnalysisService {

    private final WaveService waves;
    private final Disclosure disclosure;
    private final FigureRules rules;
    private final QuestionnaireCatalog catalog;

    public AnalysisService(WaveService waves, Disclosure disclosure, FigureRules rules, QuestionnaireCatalog catalog) {
        this.waves = waves;
        this.disclosure = disclosure;
        this.rules = rules;
        this.catalog = catalog;
    }

    /** Whether a wave's questionnaire has indicators, the figures the monitor and the LEA texts are about. */
    public boolean hasIndicators(WaveView wave) {
        return catalog.version(wave.questionnaireId(), wave.version())
                .map(e -> !e.questionnaire().indicators().isEmpty())
                .orElse(false);
    }

    /** The waves of a municipality that have indicators, in the order the wave list gives them (newest first). */
    public List<WaveView> wavesWithIndicators(long municipalityId) {
        return waves.list().stream()
                .filter(w -> w.municipalityId() == municipalityId && hasIndicators(w))
                .toList();
    }

    /** The figures of a municipality's newest wave with indicators, for texts that quote where it stands. */
    public Optional<WaveResults> latest(long municipalityId) {
        return wavesWithIndicators(municipalityId).stream().findFirst().map(w -> results(w.id(), Filter.ALL, null));
    }

    /** Which of a wave's visible institutions to include. */
    public record Filter(Sector sector, Long boardId, Long institutionId) {

        public static final Filter ALL = new Filter(null, null, null);

        public boolean includes(Unit unit) {
            return (sector == null || unit.sector() == sector)
                    && (boardId == null || unit.boardId() == boardId)
                    && (institutionId == null || unit.institutionId() == institutionId);
        }
    }

    /** A wave's institutions after scope and filter, and the figures they are read from. */
    record Selection(WaveService.Visible visible, WaveFigures figures, List<Unit> units, FigureRules.Reading reading) {

        Questionnaire questionnaire() {
            return figures.questionnaire();
        }

        double confidence() {
            return reading.confidence();
        }
    }

    Selection select(long waveId, Filter filter, Double confidence) {
        WaveService.Visible visible = waves.visible(waveId);
        if (confidence != null && !(confidence >= 0.5 && confidence < 1)) {
            throw new InvalidFieldException("confidence", "must be at least 0.5 and below 1, such as 0.95");
        }
        WaveFigures figures = disclosure.wave(waveId);
        return new Selection(
                visible,
                figures,
                figures.visibleUnits().stream().filter(filter::includes).toList(),
                rules.of(visible.wave().municipalityId, figures.questionnaire().audience(), confidence));
    }

    public WaveResults results(long waveId, Filter filter, Double confidence) {
        Selection s = select(waveId, filter, confidence);
        Questionnaire q = s.questionnaire();
        long respondents = s.figures().respondents(s.units());
        Integer population = population(s.units());
        List<IndicatorResult> indicators =
                q.indicators().stream().map(i -> indicator(s, i)).toList();
        return new WaveResults(
                waveId,
                s.visible().wave().name,
                q.id(),
                q.version(),
                q.audience(),
                s.visible().wave().opensOn,
                s.confidence(),
                s.figures().threshold(),
                s.figures().publishedAt(),
                respondents,
                population == null ? null : population.longValue(),
                population == null || population == 0 ? null : (double) respondents / population,
                indicators,
                items(s),
                scales(s));
    }

    /**
     * Every indicator of the wave's questionnaire through the municipality's earlier waves of it (any
     * version that counts the indicator the same way), for the same filter.
     */
    public List<IndicatorTrend> trends(long waveId, Filter filter) {
        Selection selected = select(waveId, filter, null);
        Wave wave = selected.visible().wave();
        List<Selection> series = wavesWithIndicators(selected.figures().municipalityId()).stream()
                .filter(w -> w.questionnaireId().equals(selected.questionnaire().id())
                        && !w.opensOn().isAfter(wave.opensOn))
                .sorted(Comparator.comparing(WaveView::opensOn).thenComparing(WaveView::id))
                .map(w -> w.id() == waveId ? selected : select(w.id(), filter, null))
                .toList();
        List<IndicatorTrend> trends = new ArrayList<>();
        for (Indicator indicator : selected.questionnaire().indicators()) {
            List<IndicatorTrend.Point> points = new ArrayList<>();
            for (Selection s : series) {
                s.questionnaire().indicators().stream()
                        .filter(other -> indicator.countsLike(other, selected.questionnaire(), s.questionnaire()))
                        .findFirst()
                        .ifPresent(other -> points.add(new IndicatorTrend.Point(
                                s.visible().wave().id,
                                s.visible().wave().name,
                                s.visible().wave().opensOn,
                                s.questionnaire().version(),
                                figure(s, other, "all", null, s.units()))));
            }
            trends.add(new IndicatorTrend(indicator.id(), indicator.label().in(StaffLanguage.CODE), points));
        }
        return trends;
    }

    /** The parents (or staff) of a group of institutions: known only when every one of them has it. */
    static Integer population(List<Unit> units) {
        int sum = 0;
        for (Unit unit : units) {
            if (unit.population() == null) {
                return null;
            }
            sum += unit.population();
        }
        return sum;
    }

    private static IndicatorResult indicator(Selection s, Indicator indicator) {
        Figure overall = figure(s, indicator, "all", null, s.units());
        Map<Sector, List<Unit>> bySector = new EnumMap<>(Sector.class);
        s.units()
                .forEach(u -> bySector.computeIfAbsent(u.sector(), k -> new ArrayList<>())
                        .add(u));
        List<Figure> sectors = new ArrayList<>();
        bySector.forEach((sector, units) -> sectors.add(figure(s, indicator, sector.code(), null, units)));
        List<Figure> institutions = s.units().stream()
                .map(u -> figure(s, indicator, u.name(), u.institutionId(), List.of(u)))
                .sorted(Comparator.comparing(Figure::suppressed)
                        .thenComparing(Comparator.comparing((Figure f) -> f.share() == null ? -1.0 : f.share())
                                .reversed()))
                .toList();
        return new IndicatorResult(
                indicator.id(),
                indicator.label().in(StaffLanguage.CODE),
                overall,
                sectors,
                institutions,
                Rules.aboutOrganisations(s.questionnaire().audience())
                        ? s.figures().institutions(indicator.id(), s.units())
                        : null);
    }

    private static Figure figure(Selection s, Indicator indicator, String group, Long id, List<Unit> units) {
        return s.reading().indicator(group, id, s.figures(), indicator.id(), units);
    }

    /** Baseline against follow-up: for every indicator both waves share, the change and whether it is significant. */
    public Comparison compare(long baselineId, long followUpId, Filter filter, Double confidence) {
        Selection baseline = select(baselineId, filter, confidence);
        Selection followUp = select(followUpId, filter, confidence);
        List<Comparison.Change> changes = new ArrayList<>();
        for (Indicator indicator : followUp.questionnaire().indicators()) {
            if (baseline.questionnaire().indicators().stream().noneMatch(i -> i.id().equals(indicator.id()))) {
                continue;
            }
            Aggregate before = baseline.figures().indicator(indicator.id(), baseline.units());
            Aggregate after = followUp.figures().indicator(indicator.id(), followUp.units());
            if (!before.shown() || !after.shown()) {
                changes.add(new Comparison.Change(
                        indicator.id(),
                        indicator.label().in(StaffLanguage.CODE),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true));
                continue;
            }
            var difference = Proportions.difference(
                    after.positive(), after.answered(), before.positive(), before.answered(), followUp.confidence());
            changes.add(new Comparison.Change(
                    indicator.id(),
                    indicator.label().in(StaffLanguage.CODE),
                    (double) before.positive() / before.answered(),
                    (double) after.positive() / after.answered(),
                    difference.estimate(),
                    difference.lower(),
                    difference.upper(),
                    difference.pValue(),
                    difference.significant(),
                    false));
        }
        return new Comparison(baselineId, followUpId, followUp.confidence(), changes);
    }

    private static List<ItemResult> items(Selection s) {
        List<ItemResult> results = new ArrayList<>();
        s.questionnaire().items().filter(i -> !i.type().isOpenText()).forEach(item -> {
            for (String key : AnswerKey.of(item)) {
                String mode = AnswerKey.mode(key);
                results.add(item(item, key, mode, s.figures().distribution(key, s.units())));
            }
        });
        return results;
    }

    /** An item's distribution, mean and spread from its published counts; only why not, when withheld. */
    static ItemResult item(Item item, String key, String mode, Aggregate counts) {
        Integer leftOut = counts.leftOut() == 0 ? null : counts.leftOut();
        if (!counts.shown()) {
            return new ItemResult(
                    key,
                    item.id(),
                    mode,
                    item.text().in(StaffLanguage.CODE),
                    item.type().code(),
                    item.tags(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    counts.withheld(),
                    null,
                    leftOut);
        }
        long answered = counts.count("*");
        List<OptionCount> options = new ArrayList<>();
        for (AnswerOption option : item.allOptions()) {
            long n = counts.count(option.id());
            options.add(new OptionCount(option.id(), option.label().in(StaffLanguage.CODE), n, (double) n / answered));
        }
        Double mean = null;
        Double sd = null;
        if (item.type() == ItemType.SCALE) {
            Map<Double, Long> byScore = new LinkedHashMap<>();
            for (AnswerOption option : item.options()) {
                byScore.merge(option.score(), counts.count(option.id()), Long::sum);
            }
            ScaleStatistics.Summary summary = ScaleStatistics.of(byScore);
            mean = summary.n() == 0 ? null : summary.mean();
            sd = summary.n() < 2 ? null : summary.standardDeviation();
        }
        return new ItemResult(
                key,
                item.id(),
                mode,
                item.text().in(StaffLanguage.CODE),
                item.type().code(),
                item.tags(),
                answered,
                item.type().hasOptions() ? options : null,
                item.notApplicable() == null ? null : item.notApplicable().id(),
                mean,
                sd,
                false,
                null,
                counts.institutions(),
                leftOut);
    }

    private static List<ScaleResult> scales(Selection s) {
        List<ScaleResult> results = new ArrayList<>();
        for (ItemScale scale : s.questionnaire().scales()) {
            Aggregate moments = s.figures().scale(scale.id(), s.units());
            Integer leftOut = moments.leftOut() == 0 ? null : moments.leftOut();
            double[] total = moments.moments().get("*");
            if (!moments.shown() || total == null) {
                results.add(new ScaleResult(
                        scale.id(),
                        scale.label().in(StaffLanguage.CODE),
                        scale.items(),
                        null,
                        null,
                        true,
                        null,
                        leftOut));
                continue;
            }
            long n = (long) total[0];
            double[] sums = new double[scale.items().size()];
            double[] squares = new double[scale.items().size()];
            for (int i = 0; i < sums.length; i++) {
                double[] m = moments.moments().getOrDefault(scale.items().get(i), new double[3]);
                sums[i] = m[1];
                squares[i] = m[2];
            }
            double alpha = CronbachAlpha.of(n, sums, squares, total[1], total[2]);
            results.add(new ScaleResult(
                    scale.id(),
                    scale.label().in(StaffLanguage.CODE),
                    scale.items(),
                    n,
                    Double.isNaN(alpha) ? null : alpha,
                    false,
                    moments.institutions(),
                    leftOut));
        }
        return results;
    }
}
