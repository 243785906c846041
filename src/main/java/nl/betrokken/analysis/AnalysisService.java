package nl.betrokken.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.betrokken.analysis.WaveResults.IndicatorResult;
import nl.betrokken.analysis.WaveResults.ItemResult;
import nl.betrokken.analysis.WaveResults.OptionCount;
import nl.betrokken.analysis.WaveResults.ScaleResult;
import nl.betrokken.analysis.stats.CronbachAlpha;
import nl.betrokken.analysis.stats.ScaleStatistics;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemScale;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveService;

/**
 * The figures of a wave for the institutions the caller may see: indicators overall, by sector and
 * by institution; item distributions and means; scale reliability. All from the aggregates, with
 * small groups suppressed everywhere.
 */
@ApplicationScoped
@Transactional
public class AnalysisService {

    private final WaveService waves;
    private final Counts counts;
    private final AnalysisConfig config;

    public AnalysisService(WaveService waves, Counts counts, AnalysisConfig config) {
        this.waves = waves;
        this.counts = counts;
        this.config = config;
    }

    /** Which of a wave's visible institutions to include. */
    public record Filter(Sector sector, Long boardId, Long institutionId) {

        static final Filter ALL = new Filter(null, null, null);

        boolean includes(WaveInstitution row) {
            return (sector == null || row.institution.sector == sector)
                    && (boardId == null || row.institution.board.id.equals(boardId))
                    && (institutionId == null || row.institution.id.equals(institutionId));
        }
    }

    /** A wave's rows after scope and filter, the data behind every figure of it. */
    record Selection(WaveService.Visible visible, List<WaveInstitution> rows, Counts.Snapshot snapshot, int threshold,
            double confidence) {

        Questionnaire questionnaire() {
            return visible.questionnaire().questionnaire();
        }

        List<Long> ids() {
            return rows.stream().map(r -> r.id).toList();
        }

        Integer population(List<WaveInstitution> group) {
            return WaveInstitution.population(group);
        }
    }

    Selection select(long waveId, Filter filter, Double confidence) {
        WaveService.Visible visible = waves.visible(waveId);
        List<WaveInstitution> rows = visible.rows().stream().filter(filter::includes).toList();
        double level = confidence == null ? config.confidence() : confidence;
        if (!(level >= 0.5 && level < 1)) {
            throw new InvalidFieldException("confidence", "must be at least 0.5 and below 1, such as 0.95");
        }
        int threshold = Municipality.<Municipality>findById(visible.wave().municipalityId).suppressionThreshold;
        return new Selection(visible, rows, counts.read(rows.stream().map(r -> r.id).toList()), threshold, level);
    }

    public WaveResults results(long waveId, Filter filter, Double confidence) {
        Selection s = select(waveId, filter, confidence);
        Questionnaire q = s.questionnaire();
        long respondents = s.snapshot().respondents(s.ids());
        Integer population = s.population(s.rows());
        List<IndicatorResult> indicators = q.indicators().stream().map(i -> indicator(s, i)).toList();
        return new WaveResults(waveId, s.visible().wave().name, q.id(), q.version(), s.visible().wave().opensOn,
                s.confidence(), s.threshold(), respondents, population == null ? null : population.longValue(),
                population == null || population == 0 ? null : (double) respondents / population,
                indicators, items(s), scales(s));
    }

    IndicatorResult indicator(Selection s, Indicator indicator) {
        Figure overall = figure(s, indicator, "all", null, s.rows());
        long[] total = s.snapshot().indicator(s.ids(), indicator.id());
        boolean overallShown = total[1] >= s.threshold();
        if (total[1] > 0 && !overallShown) {
            overall = Figure.hidden("all", null);
        }

        Map<Sector, List<WaveInstitution>> bySector = s.rows().stream().collect(Collectors.groupingBy(r -> r.institution.sector,
                () -> new java.util.EnumMap<>(Sector.class), Collectors.toList()));
        List<Figure> sectors = breakdown(s, indicator, bySector.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().code(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)), overallShown);

        List<Figure> institutions = institutions(s, indicator, bySector, overallShown).stream()
                .sorted(Comparator.comparing(Figure::suppressed)
                        .thenComparing(Comparator.comparing((Figure f) -> f.share() == null ? -1.0 : f.share()).reversed()))
                .toList();
        return new IndicatorResult(indicator.id(), indicator.label().in("nl"), overall, sectors, institutions);
    }

    /** Sectors: hidden when small, and complementary to the shown total. */
    private List<Figure> breakdown(Selection s, Indicator indicator, Map<String, List<WaveInstitution>> groups,
            boolean totalShown) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        groups.forEach((group, rows) -> sizes.put(group, s.snapshot().indicator(ids(rows), indicator.id())[1]));
        Set<String> hidden = Suppression.hidden(sizes, s.threshold(), totalShown && groups.size() > 1);
        List<Figure> figures = new ArrayList<>();
        groups.forEach((group, rows) -> figures.add(hidden.contains(group) ? Figure.hidden(group, null)
                : figure(s, indicator, group, null, rows)));
        return figures;
    }

    /** Institutions: hidden when small, and complementary within their sector and within the total. */
    private List<Figure> institutions(Selection s, Indicator indicator, Map<Sector, List<WaveInstitution>> bySector,
            boolean totalShown) {
        Map<WaveInstitution, Long> sizes = new LinkedHashMap<>();
        s.rows().forEach(r -> sizes.put(r, s.snapshot().indicator(List.of(r.id), indicator.id())[1]));
        List<Suppression.Container<WaveInstitution>> containers = new ArrayList<>();
        bySector.values().forEach(rows -> containers.add(new Suppression.Container<>(rows,
                s.snapshot().indicator(ids(rows), indicator.id())[1] >= s.threshold())));
        containers.add(new Suppression.Container<>(s.rows(), totalShown));
        Set<WaveInstitution> hidden = Suppression.hidden(sizes, s.threshold(), containers);
        return s.rows().stream().map(r -> hidden.contains(r) ? Figure.hidden(r.institution.name, r.institution.id)
                : figure(s, indicator, r.institution.name, r.institution.id, List.of(r))).toList();
    }

    private static Figure figure(Selection s, Indicator indicator, String group, Long id, List<WaveInstitution> rows) {
        long[] c = s.snapshot().indicator(ids(rows), indicator.id());
        return Figure.of(group, id, c[0], c[1], s.confidence(), s.population(rows));
    }

    static List<Long> ids(List<WaveInstitution> rows) {
        return rows.stream().map(r -> r.id).toList();
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
            long[] before = baseline.snapshot().indicator(baseline.ids(), indicator.id());
            long[] after = followUp.snapshot().indicator(followUp.ids(), indicator.id());
            int threshold = Math.max(baseline.threshold(), followUp.threshold());
            if (before[1] < threshold || after[1] < threshold) {
                changes.add(new Comparison.Change(indicator.id(), indicator.label().in("nl"), null, null, null, null, null, null,
                        null, true));
                continue;
            }
            var difference = nl.betrokken.analysis.stats.Proportions.difference(after[0], after[1], before[0], before[1],
                    followUp.confidence());
            changes.add(new Comparison.Change(indicator.id(), indicator.label().in("nl"), (double) before[0] / before[1],
                    (double) after[0] / after[1], difference.estimate(), difference.lower(), difference.upper(),
                    difference.pValue(), difference.significant(), false));
        }
        return new Comparison(baselineId, followUpId, followUp.confidence(), changes);
    }

    private static List<ItemResult> items(Selection s) {
        List<ItemResult> results = new ArrayList<>();
        Questionnaire q = s.questionnaire();
        q.items().filter(i -> !i.type().isOpenText()).forEach(item -> {
            List<String> modes = item.twoMode() ? item.modes() : java.util.Collections.singletonList(null);
            for (String mode : modes) {
                String key = mode == null ? item.id() : item.id() + ":" + mode;
                Map<String, Long> answers = s.snapshot().answers(s.ids(), key);
                long answered = answers.getOrDefault("*", 0L);
                if (answered < s.threshold()) {
                    results.add(new ItemResult(key, item.id(), mode, item.text().in("nl"), item.type().code(), item.tags(),
                            null, null, null, null, answered > 0));
                    continue;
                }
                results.add(item(item, key, mode, answers, answered));
            }
        });
        return results;
    }

    static ItemResult item(Item item, String key, String mode, Map<String, Long> answers, long answered) {
        List<OptionCount> options = new ArrayList<>();
        for (AnswerOption option : item.allOptions()) {
            long n = answers.getOrDefault(option.id(), 0L);
            options.add(new OptionCount(option.id(), option.label().in("nl"), n, (double) n / answered));
        }
        Double mean = null;
        Double sd = null;
        if (item.type() == ItemType.SCALE) {
            Map<Double, Long> byScore = new LinkedHashMap<>();
            for (AnswerOption option : item.options()) {
                byScore.merge(option.score(), answers.getOrDefault(option.id(), 0L), Long::sum);
            }
            ScaleStatistics.Summary summary = ScaleStatistics.of(byScore);
            mean = summary.n() == 0 ? null : summary.mean();
            sd = summary.n() < 2 ? null : summary.standardDeviation();
        }
        return new ItemResult(key, item.id(), mode, item.text().in("nl"), item.type().code(), item.tags(), answered,
                item.type().hasOptions() ? options : null, mean, sd, false);
    }

    private static List<ScaleResult> scales(Selection s) {
        List<ScaleResult> results = new ArrayList<>();
        for (ItemScale scale : s.questionnaire().scales()) {
            Map<String, double[]> moments = s.snapshot().scale(s.ids(), scale.id());
            double[] total = moments.get("*");
            long n = total == null ? 0 : (long) total[0];
            if (n < s.threshold()) {
                results.add(new ScaleResult(scale.id(), scale.label().in("nl"), scale.items(), null, null, n > 0));
                continue;
            }
            double[] sums = new double[scale.items().size()];
            double[] squares = new double[scale.items().size()];
            for (int i = 0; i < sums.length; i++) {
                double[] m = moments.getOrDefault(scale.items().get(i), new double[3]);
                sums[i] = m[1];
                squares[i] = m[2];
            }
            double alpha = CronbachAlpha.of(n, sums, squares, total[1], total[2]);
            results.add(new ScaleResult(scale.id(), scale.label().in("nl"), scale.items(), n, Double.isNaN(alpha) ? null : alpha,
                    false));
        }
        return results;
    }
}
