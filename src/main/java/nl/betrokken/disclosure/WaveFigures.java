package nl.betrokken.disclosure;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.organisations.Sector;

/**
 * The published figures of one wave as one viewer may obtain them; the only way counts of answers
 * leave the service. Every aggregate is added up from the cells of the institutions whose own
 * cell is shown (published, and at least the threshold), never from a hidden one, so no hidden
 * cell can be worked out by adding and subtracting what is shown. Groups the viewer sees every
 * institution of (their own) get any figure; an indicator of the whole wave or of a sector that
 * reaches beyond them follows {@link BeyondScope}; anything else beyond them is withheld.
 */
public final class WaveFigures {

    private final long waveId;
    private final long municipalityId;
    private final Questionnaire questionnaire;
    private final Rules rules;
    private final int threshold;
    private final List<Unit> units;
    private final Predicate<Unit> sees;
    private final Map<CellKey, Cell> shown;
    private final OffsetDateTime publishedAt;
    private final Map<String, Map<String, Withheld>> beyondScope = new HashMap<>();

    WaveFigures(
            long waveId,
            long municipalityId,
            Questionnaire questionnaire,
            Rules rules,
            List<Unit> units,
            Predicate<Unit> sees,
            Map<CellKey, CellStore.Published> published) {
        this.waveId = waveId;
        this.municipalityId = municipalityId;
        this.questionnaire = questionnaire;
        this.rules = rules;
        this.threshold = rules.threshold(questionnaire.audience());
        this.units = List.copyOf(units);
        // asked thousands of times per page: decided once per institution
        Set<Long> visible =
                units.stream().filter(sees).map(Unit::waveInstitutionId).collect(Collectors.toSet());
        this.sees = unit -> visible.contains(unit.waveInstitutionId());
        this.shown = new HashMap<>();
        OffsetDateTime latest = null;
        for (Map.Entry<CellKey, CellStore.Published> cell : published.entrySet()) {
            if (cell.getValue().cell().n() >= threshold) {
                shown.put(cell.getKey(), cell.getValue().cell());
                // when another school's figures moved is not the viewer's to learn
                boolean own = visible.contains(cell.getKey().waveInstitutionId());
                latest = own && (latest == null || cell.getValue().at().isAfter(latest))
                        ? cell.getValue().at()
                        : latest;
            }
        }
        this.publishedAt = latest;
    }

    public long waveId() {
        return waveId;
    }

    public long municipalityId() {
        return municipalityId;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Rules rules() {
        return rules;
    }

    /** The smallest number of answers a figure of this wave's questionnaire may rest on. */
    public int threshold() {
        return threshold;
    }

    /** When the newest figure of the viewer's own institutions was published; null when none is. */
    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    /** Every institution of the wave, also those the viewer does not see: for choosing a target's group. */
    public List<Unit> units() {
        return units;
    }

    /** The institutions the viewer sees one by one. */
    public List<Unit> visibleUnits() {
        return units.stream().filter(sees).toList();
    }

    /** Live sent responses of the group's institutions the viewer sees. */
    public long respondents(Collection<Unit> group) {
        return group.stream().filter(sees).mapToLong(Unit::respondents).sum();
    }

    /** Positive and answered of an indicator. */
    public Aggregate indicator(String indicatorId, Collection<Unit> group) {
        if (group.stream().allMatch(sees)) {
            return sum(CellKind.INDICATOR, indicatorId, group);
        }
        String member = familyMember(group);
        if (member == null) {
            return Aggregate.withheld(Withheld.BEYOND_SCOPE, 0);
        }
        // with no counted institution beyond the viewer's own the figure would be their own one, and its
        // reason would tell "none" from "one or two": one reason for both
        if (outside(indicatorId, group::contains).empty()) {
            return Aggregate.withheld(Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE, 0);
        }
        Withheld reason =
                beyondScope.computeIfAbsent(indicatorId, this::pattern).get(member);
        return reason == null ? sum(CellKind.INDICATOR, indicatorId, group) : Aggregate.withheld(reason, 0);
    }

    /**
     * Institutions instead of respondents, for a questionnaire organisations answer about themselves: an
     * institution counts as positive when more than half of its answers are, which for the one answer an
     * institution gives is that answer. Reaches beyond the viewer's own institutions exactly where
     * {@link #indicator} does, since with one answer per institution the two are the same numbers.
     */
    public InstitutionTally institutions(String indicatorId, Collection<Unit> group) {
        if (!Rules.aboutOrganisations(questionnaire.audience())) {
            throw new IllegalStateException(
                    "institutions are counted only for questionnaires organisations answer about themselves");
        }
        Aggregate total = indicator(indicatorId, group);
        if (!total.shown()) {
            return InstitutionTally.withheld(total.withheld());
        }
        int positive = 0;
        int counted = 0;
        for (Unit unit : group) {
            Cell cell = shown.get(new CellKey(unit.waveInstitutionId(), CellKind.INDICATOR, indicatorId));
            if (cell != null && cell.count("answered") > 0) {
                counted++;
                positive += 2 * cell.count("positive") > cell.count("answered") ? 1 : 0;
            }
        }
        return new InstitutionTally(null, positive, counted);
    }

    /**
     * The spread of the shown schools' shares of an indicator within the whole wave or one of its sectors,
     * as percentiles: where a school stands among the others without any other school's figure. Null when
     * fewer than {@link Rules#schoolsForSpread()} schools have a figure, or when the group's own figure is
     * withheld from this viewer (a spread tells no more than the figure it belongs to may).
     */
    public Percentiles spread(String indicatorId, Collection<Unit> group) {
        if (!indicator(indicatorId, group).shown()) {
            return null;
        }
        double[] shares = group.stream()
                .map(unit -> shown.get(new CellKey(unit.waveInstitutionId(), CellKind.INDICATOR, indicatorId)))
                .filter(cell -> cell != null && cell.count("answered") > 0)
                .mapToDouble(cell -> (double) cell.count("positive") / cell.count("answered"))
                .toArray();
        return shares.length < rules.schoolsForSpread() ? null : Percentiles.of(shares);
    }

    /** Respondents per answer of an item key ('*': answered at all); only within the viewer's own institutions. */
    public Aggregate distribution(String itemKey, Collection<Unit> group) {
        return group.stream().allMatch(sees)
                ? sum(CellKind.ITEM, itemKey, group)
                : Aggregate.withheld(Withheld.BEYOND_SCOPE, 0);
    }

    /**
     * A background question's answers within one segment (a channel, or a way of answering) of the
     * group's respondents; only within the viewer's own institutions. Segment cells exist once the wave
     * had its final publication ({@link SegmentPublication} says which).
     */
    public Aggregate segmentDistribution(Segment segment, String itemKey, Collection<Unit> group) {
        return group.stream().allMatch(sees)
                ? withoutPopulation(sum(CellKind.SEGMENT_ITEM, CellKind.segmentMeasure(segment, itemKey), group))
                : Aggregate.withheld(Withheld.BEYOND_SCOPE, 0);
    }

    /** An indicator within one segment of the group's respondents; as {@link #segmentDistribution}. */
    public Aggregate segmentIndicator(Segment segment, String indicatorId, Collection<Unit> group) {
        return group.stream().allMatch(sees)
                ? withoutPopulation(
                        sum(CellKind.SEGMENT_INDICATOR, CellKind.segmentMeasure(segment, indicatorId), group))
                : Aggregate.withheld(Withheld.BEYOND_SCOPE, 0);
    }

    /** A segment is no sample of its institutions' parents: how many the library could have reached is unknown. */
    private static Aggregate withoutPopulation(Aggregate a) {
        return new Aggregate(a.withheld(), a.counts(), a.moments(), a.institutions(), a.leftOut(), null, a.warnings());
    }

    /**
     * The answers to an open item per theme analysts coded them with ('*': answers coded); only within the
     * viewer's own institutions, and only from schools whose theme cell is published and at least the
     * threshold, as for every other count.
     */
    public Aggregate themes(String itemId, Collection<Unit> group) {
        return group.stream().allMatch(sees)
                ? withoutPopulation(sum(CellKind.THEME, itemId, group))
                : Aggregate.withheld(Withheld.BEYOND_SCOPE, 0);
    }

    /** The sums of a scale; only within the viewer's own institutions. */
    public Aggregate scale(String scaleId, Collection<Unit> group) {
        return group.stream().allMatch(sees)
                ? sum(CellKind.SCALE, scaleId, group)
                : Aggregate.withheld(Withheld.BEYOND_SCOPE, 0);
    }

    private Aggregate sum(CellKind kind, String measure, Collection<Unit> group) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, double[]> moments = new LinkedHashMap<>();
        int institutions = 0;
        int leftOut = 0;
        Integer population = 0;
        boolean warned = false;
        for (Unit unit : group) {
            Cell cell = shown.get(new CellKey(unit.waveInstitutionId(), kind, measure));
            if (cell == null) {
                leftOut += unit.respondents() > 0 && sees.test(unit) ? 1 : 0;
                continue;
            }
            institutions++;
            cell.counts().forEach((key, n) -> counts.merge(key, n, Long::sum));
            cell.moments().forEach((part, m) -> {
                double[] sum = moments.computeIfAbsent(part, p -> new double[3]);
                for (int i = 0; i < 3; i++) {
                    sum[i] += m[i];
                }
            });
            population = population == null || unit.population() == null ? null : population + unit.population();
            warned |= !unit.warnings().isEmpty();
        }
        if (institutions == 0) {
            return Aggregate.withheld(Withheld.TOO_FEW_ANSWERS, leftOut);
        }
        List<Warning> warnings = group.size() == 1
                ? group.iterator().next().warnings()
                : warned ? List.of(Warning.INCLUDES_WARNED_INSTITUTION) : List.of();
        return new Aggregate(null, counts, moments, institutions, leftOut, population, warnings);
    }

    /** The whole wave, or one sector of it, when the group is exactly that; null otherwise. */
    private String familyMember(Collection<Unit> group) {
        Set<Long> ids = group.stream().map(Unit::waveInstitutionId).collect(Collectors.toSet());
        if (ids.size() == units.size()) {
            return BeyondScope.ALL;
        }
        Sector sector = group.iterator().next().sector();
        List<Unit> ofSector = units.stream().filter(u -> u.sector() == sector).toList();
        return ofSector.size() == ids.size() && ofSector.stream().allMatch(u -> ids.contains(u.waveInstitutionId()))
                ? sector.code()
                : null;
    }

    private Map<String, Withheld> pattern(String indicatorId) {
        Map<String, BeyondScope.Part> sectors = new LinkedHashMap<>();
        for (Sector sector : Sector.values()) {
            sectors.put(sector.code(), outside(indicatorId, u -> u.sector() == sector));
        }
        return BeyondScope.pattern(
                outside(indicatorId, u -> true), sectors, threshold, rules.institutionsBeyondScope());
    }

    private BeyondScope.Part outside(String indicatorId, Predicate<Unit> in) {
        List<Cell> cells = new ArrayList<>();
        for (Unit unit : units) {
            Cell cell = shown.get(new CellKey(unit.waveInstitutionId(), CellKind.INDICATOR, indicatorId));
            if (cell != null && in.test(unit) && !sees.test(unit)) {
                cells.add(cell);
            }
        }
        return new BeyondScope.Part(
                cells.size(),
                cells.stream().mapToLong(c -> c.count("answered")).sum(),
                cells.stream().mapToLong(c -> c.count("positive")).sum());
    }
}
