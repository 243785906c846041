package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.analysis.Benchmarks.Against;
import nl.betrokken.analysis.Benchmarks.IndicatorBenchmark;
import nl.betrokken.analysis.Benchmarks.Kind;
import nl.betrokken.analysis.stats.Proportions;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.NormGroups;
import nl.betrokken.disclosure.Percentiles;
import nl.betrokken.disclosure.Rules;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;

/**
 * Where a school stands: against its municipality, the schools of its sector there, and the
 * platform's frozen norm group of its sector. Everything is read from figures disclosure control
 * publishes to the viewer (the school's own, the municipality's and the sector's, the spread of
 * schools, the norm), so a comparison tells no more than those figures do.
 *
 * <p>Against the municipality and the sector the school is compared with the group's other schools
 * (the group minus the school, both published): Newcombe's interval for the difference of two
 * proportions (method 10, Newcombe 1998), as for the change between waves. Against the norm group,
 * whose median is a fixed value, the school's Wilson interval is held against that median.
 */
@ApplicationScoped
@Transactional
public class BenchmarkService {

    private final AnalysisService analysis;
    private final NormGroups norms;
    private final Scope scope;

    public BenchmarkService(AnalysisService analysis, NormGroups norms, Scope scope) {
        this.analysis = analysis;
        this.norms = norms;
        this.scope = scope;
    }

    public Benchmarks of(long waveId, long institutionId) {
        scope.institution(institutionId);
        AnalysisService.Selection s =
                analysis.select(waveId, new AnalysisService.Filter(null, null, institutionId), null);
        if (s.units().isEmpty()) {
            throw new InvalidFieldException(
                    "institution", "institution " + institutionId + " does not take part in wave " + waveId);
        }
        return of(s, s.units().get(0), new HashMap<>());
    }

    /** Every school of the wave the caller sees one by one, for the workbook. */
    public List<Benchmarks> ofEverySchool(long waveId) {
        AnalysisService.Selection s = analysis.select(waveId, AnalysisService.Filter.ALL, null);
        Map<String, Optional<NormGroups.Norm>> norms = new HashMap<>();
        return s.units().stream().map(unit -> of(s, unit, norms)).toList();
    }

    /** {@code norms}: the norms looked up so far, by indicator and sector, shared by the schools of one wave. */
    private Benchmarks of(AnalysisService.Selection s, Unit own, Map<String, Optional<NormGroups.Norm>> norms) {
        WaveFigures figures = s.figures();
        String schoolYear = NormGroups.schoolYear(s.visible().wave().opensOn);
        List<IndicatorBenchmark> indicators = new ArrayList<>();
        if (!Rules.aboutOrganisations(s.questionnaire().audience())) {
            List<Unit> all = figures.units();
            List<Unit> sector =
                    all.stream().filter(u -> u.sector() == own.sector()).toList();
            Municipality municipality = Municipality.findById(figures.municipalityId());
            for (Indicator indicator : s.questionnaire().indicators()) {
                Figure school =
                        s.reading().indicator(own.name(), own.institutionId(), figures, indicator.id(), List.of(own));
                List<Against> against = new ArrayList<>();
                against.add(group(s, indicator, Kind.MUNICIPALITY, municipality.name, all, own, school));
                if (sector.size() < all.size()) {
                    against.add(group(s, indicator, Kind.SECTOR, own.sector().dutchName(), sector, own, school));
                }
                Optional<NormGroups.Norm> norm = norms.computeIfAbsent(
                        indicator.id() + "/" + own.sector(),
                        key -> this.norms.norm(s.questionnaire().id(), indicator.id(), own.sector(), schoolYear));
                against.add(norm(norm, own, school));
                indicators.add(new IndicatorBenchmark(
                        indicator.id(), indicator.label().in(StaffLanguage.CODE), school, against));
            }
        }
        return new Benchmarks(
                s.visible().wave().id,
                s.visible().wave().name,
                own.institutionId(),
                own.name(),
                own.sector().dutchName(),
                schoolYear,
                s.confidence(),
                indicators);
    }

    private static Against group(
            AnalysisService.Selection s,
            Indicator indicator,
            Kind kind,
            String name,
            List<Unit> units,
            Unit own,
            Figure school) {
        WaveFigures figures = s.figures();
        Aggregate group = figures.indicator(indicator.id(), units);
        if (!group.shown()) {
            return Against.missing(kind, name, group.withheld(), null);
        }
        double share = (double) group.positive() / group.answered();
        if (!school.shown()) {
            return new Against(kind, name, share, null, null, null, null, null, null, null, "school-withheld");
        }
        long otherPositive = group.positive() - school.positive();
        long otherAnswered = group.answered() - school.answered();
        if (otherAnswered == 0) {
            return new Against(kind, name, share, null, null, null, null, null, null, null, "no-other-schools");
        }
        Percentiles spread = figures.spread(indicator.id(), units);
        var difference = Proportions.difference(
                school.positive(), school.answered(), otherPositive, otherAnswered, s.confidence());
        return new Against(
                kind,
                name,
                share,
                spread == null ? null : spread.band(school.share()),
                Verdict.of(difference.lower(), difference.upper()),
                spread == null ? null : spread.schools(),
                null,
                null,
                null,
                null,
                null);
    }

    private static Against norm(Optional<NormGroups.Norm> found, Unit own, Figure school) {
        String name = "Alle scholen " + own.sector().dutchName().toLowerCase() + " op het platform";
        if (found.isEmpty()) {
            return Against.missing(Kind.NORM_GROUP, name, null, "no-norm");
        }
        NormGroups.Norm norm = found.get();
        Percentiles p = norm.percentiles();
        if (!school.shown()) {
            return new Against(
                    Kind.NORM_GROUP,
                    name,
                    p.p50(),
                    null,
                    null,
                    p.schools(),
                    p,
                    norm.schoolYear(),
                    norm.frozenAt(),
                    null,
                    "school-withheld");
        }
        return new Against(
                Kind.NORM_GROUP,
                name,
                p.p50(),
                p.band(school.share()),
                // the school's own Wilson interval (with its finite population correction), as its figure gives it
                Verdict.of(school.lower() - p.p50(), school.upper() - p.p50()),
                p.schools(),
                p,
                norm.schoolYear(),
                norm.frozenAt(),
                null,
                null);
    }
}
