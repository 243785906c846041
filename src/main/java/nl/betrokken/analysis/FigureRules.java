package nl.betrokken.analysis;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.analysis.stats.Raking;
import nl.betrokken.analysis.stats.StratifiedShare;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Segment;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.organisations.Municipality;

/**
 * How a municipality reads its figures: at which confidence, from which response rate on a figure
 * stands for the group, and whether targets are judged on the weighted figure. The monitor and the
 * targets read an indicator the same way through {@link Reading#indicator}.
 */
@ApplicationScoped
public class FigureRules {

    private final ConfidenceLevel confidenceLevel;
    private final AnalysisConfig config;

    public FigureRules(ConfidenceLevel confidenceLevel, AnalysisConfig config) {
        this.confidenceLevel = confidenceLevel;
        this.config = config;
    }

    /** {@code confidence}: a level the caller asked for, or null for the municipality's own. */
    public Reading of(long municipalityId, Audience audience, Double confidence) {
        Municipality municipality = Municipality.findById(municipalityId);
        return new Reading(
                confidence == null ? confidenceLevel.of(municipalityId) : confidence,
                minimumResponseRate(municipality, audience),
                municipality != null && municipality.weightedTargets,
                audience == Audience.PARENT && municipality != null ? margins(municipality.id) : List.of());
    }

    /** The make-up of all parents the analyst entered with a source, per background question. */
    private List<Margin> margins(long municipalityId) {
        Map<String, Map<String, Double>> shares = ReachService.populationShares(municipalityId);
        @SuppressWarnings("unchecked")
        List<Object[]> sources = Panache.getEntityManager()
                .createNativeQuery("select item_key, source from population_margin where municipality_id = :m"
                        + " order by item_key")
                .setParameter("m", municipalityId)
                .getResultList();
        List<Margin> margins = new ArrayList<>();
        for (Object[] row : sources) {
            Map<String, Double> ofItem = shares.get((String) row[0]);
            if (ofItem != null) {
                margins.add(new Margin((String) row[0], (String) row[1], ofItem));
            }
        }
        return margins;
    }

    /** One background question's make-up of all parents: a share per answer, and where it comes from. */
    public record Margin(String itemKey, String source, Map<String, Double> shares) {}

    /** Organisations answer about themselves: there is no population of people for them to represent. */
    private Double minimumResponseRate(Municipality municipality, Audience audience) {
        return switch (audience) {
            case PARENT ->
                municipality == null || municipality.minParentResponseRate == null
                        ? config.minParentResponseRate()
                        : municipality.minParentResponseRate.doubleValue();
            case STAFF ->
                municipality == null || municipality.minStaffResponseRate == null
                        ? config.minStaffResponseRate()
                        : municipality.minStaffResponseRate.doubleValue();
            case INSTITUTION, LEA_PARTNER -> null;
        };
    }

    /** @param minimumResponseRate null where representativeness does not apply */
    public record Reading(
            double confidence, Double minimumResponseRate, boolean weightedTargets, List<Margin> margins) {

        /**
         * An indicator's figure for a group of institutions, with its response rate and, for several
         * schools, the share weighted by school.
         */
        public Figure indicator(String group, Long groupId, WaveFigures figures, String indicatorId, List<Unit> units) {
            Aggregate counts = figures.indicator(indicatorId, units);
            Figure figure = Figure.of(group, groupId, counts, confidence, minimumResponseRate);
            if (units.size() < 2 || !figure.shown()) {
                return figure;
            }
            Figure weighted = weighted(figures, indicatorId, units, counts)
                    .map(figure::withWeighted)
                    .orElse(figure);
            List<RakedShare> raked = new ArrayList<>();
            for (Margin margin : margins) {
                raked(figures, indicatorId, units, counts, margin).ifPresent(raked::add);
            }
            return raked.isEmpty() ? weighted : weighted.withRaked(raked);
        }

        static final double RAKING_TOLERANCE = 1e-9;
        static final int RAKING_ITERATIONS = 1000;

        /**
         * Raked to the schools' numbers of parents and one background question's make-up, from published
         * cells only: per school, its answer cells of the final publication (each at least the threshold,
         * their rest nothing or at least the threshold, {@code SegmentPublication}); what a school's shown
         * cells leave over counts as "answer unknown", which follows its school only. Empty when the wave
         * has no such cells yet (before its final publication), the question is not in the questionnaire,
         * a school's number of parents is unknown, or the margins cannot be met.
         */
        private Optional<RakedShare> raked(
                WaveFigures figures, String indicatorId, List<Unit> units, Aggregate group, Margin margin) {
            Item item = figures.questionnaire().item(margin.itemKey()).orElse(null);
            if (item == null
                    || item.type() != ItemType.SINGLE_CHOICE
                    || !figures.questionnaire().backgroundItems().contains(item)) {
                return Optional.empty();
            }
            List<String> answers = item.options().stream().map(AnswerOption::id).toList();
            int unknown = answers.size();
            List<long[]> positives = new ArrayList<>();
            List<long[]> answered = new ArrayList<>();
            List<Double> schools = new ArrayList<>();
            boolean anySplit = false;
            for (Unit unit : units) {
                Aggregate own = figures.indicator(indicatorId, List.of(unit));
                if (!own.shown() || own.answered() == 0) {
                    continue;
                }
                if (own.population() == null || own.answered() > own.population()) {
                    return Optional.empty();
                }
                long[] p = new long[unknown + 1];
                long[] a = new long[unknown + 1];
                long restPositive = own.positive();
                long restAnswered = own.answered();
                for (int l = 0; l < answers.size(); l++) {
                    Aggregate cell = figures.segmentIndicator(
                            Segment.answer(item.id(), answers.get(l)), indicatorId, List.of(unit));
                    if (cell.shown()) {
                        p[l] = cell.positive();
                        a[l] = cell.answered();
                        restPositive -= p[l];
                        restAnswered -= a[l];
                        anySplit |= a[l] > 0;
                    }
                }
                p[unknown] = restPositive;
                a[unknown] = restAnswered;
                positives.add(p);
                answered.add(a);
                schools.add((double) own.population());
            }
            if (!anySplit || schools.size() < 2 || schools.size() != group.institutions()) {
                return Optional.empty();
            }
            double[][] counts = new double[schools.size()][];
            for (int s = 0; s < counts.length; s++) {
                counts[s] = Arrays.stream(answered.get(s)).asDoubleStream().toArray();
            }
            double[] shares = new double[unknown + 1];
            for (int l = 0; l < answers.size(); l++) {
                shares[l] = margin.shares().getOrDefault(answers.get(l), 0.0);
            }
            Raking.Result result = Raking.rake(
                    counts,
                    schools.stream().mapToDouble(Double::doubleValue).toArray(),
                    shares,
                    unknown,
                    RAKING_TOLERANCE,
                    RAKING_ITERATIONS);
            if (!result.converged()) {
                return Optional.empty();
            }
            List<Long> cellPositive = new ArrayList<>();
            List<Long> cellAnswered = new ArrayList<>();
            List<Double> cellPopulation = new ArrayList<>();
            long unknownRespondents = 0;
            for (int s = 0; s < counts.length; s++) {
                unknownRespondents += answered.get(s)[unknown];
                for (int l = 0; l <= unknown; l++) {
                    if (answered.get(s)[l] > 0) {
                        cellPositive.add(positives.get(s)[l]);
                        cellAnswered.add(answered.get(s)[l]);
                        cellPopulation.add(result.totals()[s][l]);
                    }
                }
            }
            StratifiedShare.Result share = StratifiedShare.of(
                    cellPositive.stream().mapToLong(Long::longValue).toArray(),
                    cellAnswered.stream().mapToLong(Long::longValue).toArray(),
                    cellPopulation.stream().mapToDouble(Double::doubleValue).toArray(),
                    confidence);
            return Optional.of(new RakedShare(
                    item.id(),
                    item.text().in(StaffLanguage.CODE),
                    margin.source(),
                    share.estimate(),
                    share.lower(),
                    share.upper(),
                    share.designEffect(),
                    share.effectiveRespondents(),
                    unknownRespondents,
                    result.iterations()));
        }

        /**
         * Weighted from the schools' own published cells only, and only when every school the group counts
         * is one of them: the weighted share then says nothing a reader could not compute from figures
         * already on their screen. A school without its number of parents, or with a single respondent (no
         * variance to estimate), leaves the group unweighted.
         */
        private Optional<WeightedShare> weighted(
                WaveFigures figures, String indicatorId, List<Unit> units, Aggregate group) {
            List<StratifiedShare.Stratum> strata = new ArrayList<>();
            for (Unit unit : units) {
                Aggregate own = figures.indicator(indicatorId, List.of(unit));
                if (!own.shown() || own.answered() == 0) {
                    continue;
                }
                Integer population = own.population();
                if (population == null || own.answered() < 2 || own.answered() > population) {
                    return Optional.empty();
                }
                strata.add(new StratifiedShare.Stratum(own.positive(), own.answered(), population));
            }
            if (strata.size() < 2 || strata.size() != group.institutions()) {
                return Optional.empty();
            }
            StratifiedShare.Result result = StratifiedShare.of(strata, confidence);
            return Optional.of(new WeightedShare(
                    result.estimate(),
                    result.lower(),
                    result.upper(),
                    result.standardError(),
                    result.designEffect(),
                    result.effectiveRespondents(),
                    strata.size()));
        }
    }
}
