package nl.betrokken.targets;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.betrokken.analysis.Figure;
import nl.betrokken.analysis.FigureRules;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;
import nl.betrokken.security.AuditLog;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import nl.betrokken.waves.Wave;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Targets and their status. A target's figure is computed over its own scope (the municipality, a
 * sector, or one institution) from every wave of its questionnaire in the municipality; the latest
 * wave whose figure is shown decides the status, all of them make the trend. Disclosure control decides per
 * viewer whether the figure may be shown: a board member or lead sees a figure reaching beyond
 * their own institutions only under its rules.
 */
@ApplicationScoped
@Transactional
public class TargetService {

    private final Scope scope;
    private final CurrentUser currentUser;
    private final QuestionnaireCatalog catalog;
    private final Disclosure disclosure;
    private final FigureRules rules;
    private final AuditLog audit;

    public TargetService(
            Scope scope,
            CurrentUser currentUser,
            QuestionnaireCatalog catalog,
            Disclosure disclosure,
            FigureRules rules,
            AuditLog audit) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.disclosure = disclosure;
        this.rules = rules;
        this.audit = audit;
    }

    public List<TargetView> list() {
        return Target.seenIn(scope).stream()
                .filter(this::visible)
                .map(this::view)
                .toList();
    }

    /** Only this municipality's targets get their figures computed; the others in scope are left out first. */
    public List<TargetView> ofMunicipality(long municipalityId) {
        return Target.seenIn(scope).stream()
                .filter(t -> t.municipalityId == municipalityId)
                .filter(this::visible)
                .map(this::view)
                .toList();
    }

    public TargetView get(long id) {
        return view(find(id));
    }

    /**
     * The target as it stood at the end of a day (null: today): only the waves that opened by then
     * count. Empty when it is gone or out of the caller's sight.
     */
    public Optional<TargetView> asOf(long id, LocalDate until) {
        Target target = Target.findById(id);
        return target == null || !visible(target) ? Optional.empty() : Optional.of(view(target, until));
    }

    public TargetView create(TargetRequest request) {
        Target target = new Target();
        apply(target, request);
        target.persist();
        audit.record("created", "target", target.id, target.municipalityId, target.name);
        return view(target);
    }

    public TargetView update(long id, TargetRequest request) {
        Target target = find(id);
        apply(target, request);
        audit.record("updated", "target", target.id, target.municipalityId, target.name);
        return view(target);
    }

    public void delete(long id) {
        Target target = find(id);
        audit.record("deleted", "target", target.id, target.municipalityId, target.name);
        target.delete();
    }

    private Target find(long id) {
        Target target = Target.findById(id);
        if (target == null || !visible(target)) {
            throw new NotFoundException("target", id);
        }
        return target;
    }

    /** Visible with the municipality; a target of one institution only to those who see that institution. */
    boolean visible(Target target) {
        Municipality municipality = Municipality.findById(target.municipalityId);
        if (!scope.sees(municipality)) {
            return false;
        }
        return target.institutionId == null || scope.sees(Institution.<Institution>findById(target.institutionId));
    }

    private void apply(Target target, TargetRequest request) {
        AuthenticatedUser user = currentUser.require();
        long municipality;
        if (user.is(Role.ADMINISTRATOR)) {
            if (request.municipalityId() == null || Municipality.findById(request.municipalityId()) == null) {
                throw new InvalidFieldException(
                        "municipalityId", "name the municipality the target is for", "choose_from_list");
            }
            municipality = request.municipalityId();
        } else if (user.is(Role.MUNICIPALITY_ANALYST)) {
            municipality = user.municipalityId();
            if (request.municipalityId() != null && request.municipalityId() != municipality) {
                throw new InvalidFieldException(
                        "municipalityId",
                        "there is no municipality with id " + request.municipalityId(),
                        "choose_from_list");
            }
        } else {
            throw new ForbiddenException("only a municipality sets targets");
        }
        if (target.id != null && target.municipalityId != municipality) {
            throw new InvalidFieldException(
                    "municipalityId", "a target cannot move to another municipality", "target_municipality_fixed");
        }
        var entry = catalog.latest(request.questionnaireId())
                .orElseThrow(() -> new InvalidFieldException(
                        "questionnaireId",
                        "there is no questionnaire '" + request.questionnaireId() + "'",
                        "choose_from_list"));
        if (entry.questionnaire().indicators().stream().noneMatch(i -> i.id().equals(request.indicatorId()))) {
            throw new InvalidFieldException(
                    "indicatorId",
                    "questionnaire '" + request.questionnaireId() + "' has no indicator '"
                            + request.indicatorId() + "'; it has "
                            + String.join(
                                    ", ",
                                    entry.questionnaire().indicators().stream()
                                            .map(Indicator::id)
                                            .toList()),
                    "choose_from_list");
        }
        if (request.sector() != null && request.institutionId() != null) {
            throw new InvalidFieldException("institutionId", "give either a sector or an institution, not both");
        }
        if (request.institutionId() != null) {
            Institution institution = Institution.findById(request.institutionId());
            if (institution == null || institution.board.municipality.id != municipality || !scope.sees(institution)) {
                throw new InvalidFieldException(
                        "institutionId",
                        "there is no institution with id " + request.institutionId() + " in this municipality",
                        "choose_from_list");
            }
        }
        target.municipalityId = municipality;
        target.name = request.name().strip();
        target.questionnaireId = request.questionnaireId();
        target.indicatorId = request.indicatorId();
        target.threshold = request.threshold();
        target.deadline = request.deadline();
        target.sector = request.sector();
        target.institutionId = request.institutionId();
    }

    TargetView view(Target target) {
        return view(target, null);
    }

    private TargetView view(Target target, LocalDate until) {
        double threshold = target.threshold.doubleValue();
        List<TargetView.Point> trend = new ArrayList<>();
        Figure latest = null;
        TargetView.Point latestPoint = null;
        // before any wave, the label of the questionnaire's latest version; after, the one the waves used
        String label = catalog.latest(target.questionnaireId)
                .flatMap(entry -> entry.questionnaire().indicators().stream()
                        .filter(i -> i.id().equals(target.indicatorId))
                        .findFirst())
                .map(i -> i.label().in(StaffLanguage.CODE))
                .orElse(target.indicatorId);
        LocalDate last = until == null ? Dates.today() : until;
        boolean weightedTargets = false;
        for (Wave wave : waves(target)) {
            if (wave.opensOn.isAfter(last)) {
                continue;
            }
            var questionnaire =
                    catalog.byVersionId().get(wave.questionnaireVersionId).questionnaire();
            Optional<Indicator> indicator = questionnaire.indicators().stream()
                    .filter(i -> i.id().equals(target.indicatorId))
                    .findFirst();
            if (indicator.isEmpty()) {
                continue;
            }
            label = indicator.get().label().in(StaffLanguage.CODE);
            WaveFigures figures = disclosure.wave(wave.id);
            List<Unit> group = target.unitsIn(figures);
            if (group.isEmpty()) {
                continue;
            }
            // every wave that has opened is a point, answered or not: whether schools beyond the viewer's
            // own had responses is not theirs to learn
            FigureRules.Reading reading = rules.of(target.municipalityId, questionnaire.audience(), null);
            weightedTargets = reading.weightedTargets();
            Figure figure = reading.indicator(wave.name, wave.id, figures, target.indicatorId, group);
            TargetView.Point point = TargetView.Point.of(wave, figure);
            trend.add(point);
            if (figure.shown() || latest == null || !latest.shown()) {
                latest = figure;
                latestPoint = point;
            }
        }
        TargetView.Status status = latest == null
                ? TargetView.Status.TOO_FEW_RESPONSES
                : TargetView.Status.of(latest, threshold, weightedTargets);
        Double slope = null;
        Double projected = null;
        List<TargetView.Point> shown =
                trend.stream().filter(p -> p.share() != null).toList();
        if (shown.size() >= 2) {
            SimpleRegression regression = new SimpleRegression();
            LocalDate first = shown.get(0).date();
            boolean weighted = weightedTargets;
            shown.forEach(p -> regression.addData(years(first, p.date()), p.judged(weighted)));
            slope = regression.getSlope();
            projected = Math.max(0, Math.min(1, regression.predict(years(first, target.deadline))));
        }
        return new TargetView(
                target.id,
                target.municipalityId,
                target.name,
                target.questionnaireId,
                target.indicatorId,
                label,
                threshold,
                target.deadline,
                target.sector,
                target.institutionId,
                target.institutionId == null
                        ? null
                        : Institution.<Institution>findByIdOptional(target.institutionId)
                                .map(i -> i.name)
                                .orElse(null),
                status,
                latestPoint,
                trend,
                slope,
                projected);
    }

    private static double years(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 365.25;
    }

    /** The municipality's waves of the target's questionnaire (any version), oldest first. */
    private List<Wave> waves(Target target) {
        List<Long> versions = catalog.byVersionId().values().stream()
                .filter(e -> e.questionnaire().id().equals(target.questionnaireId))
                .map(QuestionnaireCatalog.Entry::versionId)
                .toList();
        if (versions.isEmpty()) {
            return List.of();
        }
        return Wave.ofMunicipality(target.municipalityId, versions);
    }
}
