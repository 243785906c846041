package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.betrokken.analysis.stats.StratifiedShare;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.disclosure.Aggregate;
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
                municipality != null && municipality.weightedTargets);
    }

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
    public record Reading(double confidence, Double minimumResponseRate, boolean weightedTargets) {

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
            return weighted(figures, indicatorId, units, counts)
                    .map(figure::withWeighted)
                    .orElse(figure);
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
