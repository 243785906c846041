package nl.betrokken.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.betrokken.analysis.Figure;
import nl.betrokken.analysis.FigureRules;
import nl.betrokken.analysis.stats.DecisionSize;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.organisations.Scope;
import nl.betrokken.waves.WaveService;
import nl.betrokken.waves.WaveStatus;

/**
 * How many answers the targets on a wave still need, for the analyst to know while the wave is open
 * where to send the key persons. Computed from the published counts only: every number in it is a
 * function of figures already on the monitor.
 */
@ApplicationScoped
@Transactional
public class DecisionService {

    public static final double DEFAULT_CHANGE = 0.05;
    public static final double POWER = 0.8;

    private final WaveService waves;
    private final Disclosure disclosure;
    private final FigureRules rules;
    private final TargetService targets;
    private final Scope scope;

    public DecisionService(
            WaveService waves, Disclosure disclosure, FigureRules rules, TargetService targets, Scope scope) {
        this.waves = waves;
        this.disclosure = disclosure;
        this.rules = rules;
        this.targets = targets;
        this.scope = scope;
    }

    /** @param change the change a follow-up wave should detect, as a fraction; null for five percentage points */
    public Decisions of(long waveId, String change) {
        double size = change(change);
        WaveService.Visible visible = waves.visible(waveId);
        Questionnaire questionnaire = visible.questionnaire().questionnaire();
        WaveFigures figures = disclosure.wave(waveId);
        FigureRules.Reading reading = rules.of(figures.municipalityId(), questionnaire.audience(), null);
        Set<Long> shownSchools =
                figures.visibleUnits().stream().map(Unit::institutionId).collect(Collectors.toSet());
        List<Decisions.TargetRows> rows = new ArrayList<>();
        for (Target target : Target.seenIn(scope)) {
            if (target.municipalityId != figures.municipalityId()
                    || !target.questionnaireId.equals(questionnaire.id())
                    || !targets.visible(target)) {
                continue;
            }
            Indicator indicator = questionnaire.indicators().stream()
                    .filter(i -> i.id().equals(target.indicatorId))
                    .findFirst()
                    .orElse(null);
            List<Unit> group = target.unitsIn(figures);
            if (indicator == null || group.isEmpty()) {
                continue;
            }
            double threshold = target.threshold.doubleValue();
            List<Decisions.Row> lines = new ArrayList<>();
            lines.add(row(reading, figures, target, groupName(target, group), null, group, threshold, size));
            if (group.size() > 1) {
                for (Unit unit : group) {
                    if (shownSchools.contains(unit.institutionId())) {
                        lines.add(row(
                                reading,
                                figures,
                                target,
                                unit.name(),
                                unit.institutionId(),
                                List.of(unit),
                                threshold,
                                size));
                    }
                }
            }
            rows.add(new Decisions.TargetRows(
                    target.id, target.name, indicator.label().in(StaffLanguage.CODE), threshold, lines));
        }
        return new Decisions(
                waveId,
                visible.wave().name,
                visible.wave().status(Dates.today()) == WaveStatus.OPEN,
                figures.threshold(),
                reading.confidence(),
                size,
                POWER,
                rows);
    }

    private static double change(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_CHANGE;
        }
        double size;
        try {
            size = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            size = Double.NaN;
        }
        if (!(size >= 0.01 && size <= 0.5)) {
            throw new InvalidFieldException(
                    "change",
                    "must be a fraction between 0.01 and 0.5, such as 0.05 for five percentage points, not '" + text
                            + "'",
                    "decision_change");
        }
        return size;
    }

    private static String groupName(Target target, List<Unit> group) {
        if (target.institutionId != null) {
            return group.get(0).name();
        }
        return target.sector != null ? target.sector.dutchName() : "Alle scholen";
    }

    private static Decisions.Row row(
            FigureRules.Reading reading,
            WaveFigures figures,
            Target target,
            String name,
            Long institutionId,
            List<Unit> units,
            double threshold,
            double change) {
        Figure figure = reading.indicator(name, institutionId, figures, target.indicatorId, units);
        TargetView.Status status = TargetView.Status.of(figure, threshold, reading.weightedTargets());
        if (!figure.shown()) {
            return new Decisions.Row(
                    name,
                    institutionId,
                    false,
                    figure.withheld(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    status,
                    null,
                    null,
                    null,
                    null);
        }
        DecisionSize.ToDecide toDecide = DecisionSize.toDecide(
                figure.positive(), figure.answered(), figure.population(), threshold, reading.confidence());
        double share = figure.share();
        double changed = share + change <= 1 ? share + change : share - change;
        return new Decisions.Row(
                name,
                institutionId,
                true,
                null,
                figure.answered(),
                figure.population(),
                share,
                figure.lower(),
                figure.upper(),
                status,
                toDecide.further(),
                toDecide.side().name().toLowerCase(Locale.ROOT),
                toDecide.decidable(),
                DecisionSize.perWave(share, changed, reading.confidence(), POWER));
    }
}
