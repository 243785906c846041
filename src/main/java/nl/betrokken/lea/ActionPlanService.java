package nl.betrokken.lea;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.organisations.Board;
import nl.betrokken.security.AuditLog;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.targets.Target;
import nl.betrokken.targets.TargetRequest;
import nl.betrokken.targets.TargetService;
import nl.betrokken.targets.TargetView;

/**
 * The local action plan: six sections of text with their history, and goals tied to targets of the
 * monitor. Two people saving the same section at once cannot overwrite each other: the second save
 * comes back with both texts.
 */
@ApplicationScoped
@Transactional
public class ActionPlanService {

    private final LeaAccess access;
    private final TargetService targets;
    private final QuestionnaireCatalog catalog;
    private final PlanFigures figures;
    private final AuditLog audit;
    private final WorkingGroupService workingGroups;

    public ActionPlanService(
            LeaAccess access,
            TargetService targets,
            QuestionnaireCatalog catalog,
            PlanFigures figures,
            AuditLog audit,
            WorkingGroupService workingGroups) {
        this.access = access;
        this.targets = targets;
        this.catalog = catalog;
        this.figures = figures;
        this.audit = audit;
        this.workingGroups = workingGroups;
    }

    public List<PlanView.Summary> list() {
        List<ActionPlan> plans = access.plans();
        Map<Long, Long> goals =
                PlanGoal.countsByPlan(plans.stream().map(p -> p.id).toList());
        return plans.stream()
                .map(p -> new PlanView.Summary(
                        p.id,
                        p.title,
                        ScreeningService.municipalityName(p.municipalityId),
                        ScreeningService.leadName(p.municipalityId, p.leadBoardId),
                        goals.getOrDefault(p.id, 0L).intValue()))
                .toList();
    }

    public long create(String title, Long screeningId, Long leadBoardId) {
        AuthenticatedUser user = access.user();
        if (user.municipalityId() == null || !access.mayManage(user.municipalityId())) {
            throw new ForbiddenException("only a municipality writes an action plan");
        }
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidFieldException("title", "Geef het plan een naam van hoogstens 200 tekens.");
        }
        ActionPlan plan = new ActionPlan();
        plan.municipalityId = user.municipalityId();
        if (screeningId != null) {
            LeaScreening screening = access.screening(screeningId);
            if (screening.municipalityId != plan.municipalityId) {
                throw new NotFoundException("screening", screeningId);
            }
            plan.screeningId = screeningId;
        }
        plan.title = name;
        ScreeningService.requireLeadBoard(plan.municipalityId, leadBoardId);
        plan.leadBoardId = leadBoardId;
        plan.createdBy = user.id();
        plan.persist();
        for (PlanSection section : PlanSection.values()) {
            new PlanSectionText(plan.id, section, "", 0).persist();
        }
        revision(plan.id, "plan", "Plan aangemaakt: " + name);
        audit.record("created", "action-plan", plan.id, plan.municipalityId, name);
        return plan.id;
    }

    public PlanView view(long id, String notice, List<String> errors, PlanView.GoalDraft draft) {
        ActionPlan plan = access.plan(id);
        List<PlanView.SectionView> sections = new ArrayList<>();
        for (PlanSectionText text : PlanSectionText.ofPlan(plan.id)) {
            PlanSection section = PlanSection.byKey(text.section).orElseThrow();
            sections.add(
                    new PlanView.SectionView(section.key(), section.title(), section.hint(), text.body, text.revision));
        }
        List<PlanView.GoalView> goals = PlanGoal.ofPlan(plan.id).stream()
                .map(g -> new PlanView.GoalView(g.id, g.description, g.dueDate, target(g, null)))
                .toList();
        boolean mayEdit = access.leads(plan);
        boolean mayChangeLead = access.mayManage(plan.municipalityId);
        String vision = sections.stream()
                .filter(v -> v.key().equals(PlanSection.VISION.key()))
                .findFirst()
                .map(PlanView.SectionView::body)
                .orElse("");
        List<PlanView.Suggestion> suggestions = PlanSuggestions.ALL.stream()
                .map(x -> new PlanView.Suggestion(x.id(), x.kind(), x.text(), vision.contains(x.text())))
                .toList();
        // Names only: the choice list needs no figures, so no target is computed for it.
        List<PlanView.Choice> targetChoices = mayEdit
                ? Target.byDeadlineOf(plan.municipalityId).stream()
                        .map(t -> new PlanView.Choice(String.valueOf(t.id), t.name + " (" + indicatorLabel(t) + ")"))
                        .toList()
                : List.of();
        String screeningTitle = plan.screeningId == null
                ? null
                : LeaScreening.<LeaScreening>findByIdOptional(plan.screeningId)
                        .map(s -> s.title)
                        .orElse(null);
        return new PlanView(
                plan.id,
                plan.title,
                plan.municipalityId,
                ScreeningService.municipalityName(plan.municipalityId),
                ScreeningService.leadName(plan.municipalityId, plan.leadBoardId),
                plan.leadBoardId == null ? "" : String.valueOf(plan.leadBoardId),
                mayEdit,
                mayChangeLead,
                mayChangeLead
                        ? Board.ofMunicipality(plan.municipalityId).stream()
                                .filter(b -> !b.archived())
                                .map(b -> new PlanView.Choice(String.valueOf(b.id), b.name))
                                .toList()
                        : List.of(),
                suggestions,
                workingGroups.members(WorkingGroupService.PLANS, plan.id, plan.municipalityId),
                access.seesNames(plan.municipalityId),
                plan.screeningId,
                screeningTitle,
                sections,
                goals,
                targetChoices,
                mayEdit && mayChangeLead ? indicators() : List.of(),
                EvaluationService.years(plan),
                notice,
                errors,
                draft == null ? PlanView.GoalDraft.EMPTY : draft);
    }

    /** The target of a goal as it stood at the end of a day (null: now); null when the goal has none or it is gone. */
    TargetView target(PlanGoal goal, LocalDate until) {
        return goal.targetId == null ? null : targets.asOf(goal.targetId, until).orElse(null);
    }

    private String indicatorLabel(Target target) {
        return catalog.latest(target.questionnaireId)
                .flatMap(e -> e.questionnaire().indicators().stream()
                        .filter(i -> i.id().equals(target.indicatorId))
                        .findFirst())
                .map(i -> i.label().in(StaffLanguage.CODE))
                .orElse(target.indicatorId);
    }

    /** Indicators a new target can follow: those of the parent questionnaires. */
    private List<PlanView.Choice> indicators() {
        List<PlanView.Choice> choices = new ArrayList<>();
        for (QuestionnaireCatalog.Entry entry : catalog.latestVersions()) {
            if (entry.questionnaire().audience() != Audience.PARENT) {
                continue;
            }
            entry.questionnaire()
                    .indicators()
                    .forEach(i -> choices.add(new PlanView.Choice(
                            entry.questionnaire().id() + "/" + i.id(),
                            i.label().in(StaffLanguage.CODE) + " ("
                                    + entry.questionnaire().title().in(StaffLanguage.CODE) + ")")));
        }
        return choices;
    }

    // --- sections

    /**
     * Saves a section if nobody saved it since the editor opened it (its revision); otherwise hands
     * back both texts and stores nothing.
     */
    public Optional<PlanView.Conflict> saveSection(long id, String key, String body, int revision) {
        ActionPlan plan = access.plan(id);
        access.requireLead(plan);
        PlanSection section = PlanSection.byKey(key).orElseThrow(() -> new NotFoundException("section", key));
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (text.length() > 20000) {
            throw new InvalidFieldException(
                    "body",
                    "Een hoofdstuk mag hoogstens 20.000 tekens lang zijn; dit is " + text.length()
                            + " tekens. Verdeel de tekst of kort hem in.");
        }
        if (PlanSectionText.replaceIfAt(plan.id, section, text, revision) == 0) {
            PlanSectionText current = PlanSectionText.of(plan.id, section).orElseThrow();
            return Optional.of(new PlanView.Conflict(
                    plan.id, plan.title, section.key(), section.title(), text, current.body, current.revision));
        }
        revision(plan.id, "section:" + section.key(), text);
        audit.record("updated", "action-plan", plan.id, plan.municipalityId, "section " + section.key());
        return Optional.empty();
    }

    /** Adds the latest screening outcome and monitor figures to the inventory section, as text the partners can edit. */
    public void pullFigures(long id) {
        ActionPlan plan = access.plan(id);
        access.requireLead(plan);
        String addition = figures.summary(plan);
        PlanSectionText current =
                PlanSectionText.of(plan.id, PlanSection.INVENTORY).orElseThrow();
        String text = (current.body.isBlank() ? "" : current.body + "\n\n") + addition;
        Optional<PlanView.Conflict> conflict = saveSection(
                id,
                PlanSection.INVENTORY.key(),
                text.length() > 20000 ? text.substring(0, 20000) : text,
                current.revision);
        if (conflict.isPresent()) {
            throw new IllegalStateException("the inventory changed while the figures were added");
        }
    }

    // --- the lead and the suggestions

    /** Hands the plan to a board of the municipality, or back to the municipality (null); the analysts decide. */
    public LeadView changeLead(long id, LeaRequests.Lead request) {
        ActionPlan plan = access.plan(id);
        access.requireManage(plan.municipalityId);
        Long boardId = request == null ? null : request.boardId();
        ScreeningService.requireLeadBoard(plan.municipalityId, boardId);
        plan.leadBoardId = boardId;
        revision(plan.id, "plan", "Trekker: " + ScreeningService.leadName(plan.municipalityId, boardId));
        audit.record(
                "lead-changed",
                "action-plan",
                plan.id,
                plan.municipalityId,
                boardId == null ? "the municipality" : "board " + boardId);
        return new LeadView(boardId, ScreeningService.leadName(plan.municipalityId, boardId));
    }

    /** The boards a new plan can be handed to: those of the analyst's own municipality. */
    public List<PlanView.Choice> leadChoices() {
        Long municipalityId = access.user().municipalityId();
        return municipalityId == null || !access.mayManage(municipalityId)
                ? List.of()
                : Board.ofMunicipality(municipalityId).stream()
                        .filter(b -> !b.archived())
                        .map(b -> new PlanView.Choice(String.valueOf(b.id), b.name))
                        .toList();
    }

    public List<PlanView.Suggestion> suggestions() {
        return PlanSuggestions.ALL.stream()
                .map(x -> new PlanView.Suggestion(x.id(), x.kind(), x.text(), false))
                .toList();
    }

    /**
     * Copies a suggested vision or criterion to the end of the plan's "shared vision and goals", where
     * the lead edits it like any text; saved as a revision, like every other change.
     */
    public PlanView.SectionView adopt(long id, String suggestionId) {
        ActionPlan plan = access.plan(id);
        access.requireLead(plan);
        PlanSuggestions.Suggestion suggestion =
                PlanSuggestions.byId(suggestionId).orElseThrow(() -> new NotFoundException("suggestion", suggestionId));
        PlanSectionText current =
                PlanSectionText.of(plan.id, PlanSection.VISION).orElseThrow();
        String text = (current.body.isBlank() ? "" : current.body + "\n\n") + suggestion.text();
        if (text.length() > 20000) {
            throw new InvalidFieldException(
                    "body", "Het hoofdstuk is te lang om er nog een voorbeeld aan toe te voegen. Kort het eerst in.");
        }
        if (saveSection(id, PlanSection.VISION.key(), text, current.revision).isPresent()) {
            throw new IllegalStateException("the vision changed while the suggestion was added");
        }
        // the save is one bulk update, which the loaded row does not see: answer what was stored
        return new PlanView.SectionView(
                PlanSection.VISION.key(),
                PlanSection.VISION.title(),
                PlanSection.VISION.hint(),
                text.strip(),
                current.revision + 1);
    }

    // --- goals

    public void saveGoal(long id, Long goalId, PlanView.GoalDraft draft) {
        ActionPlan plan = access.plan(id);
        access.requireLead(plan);
        String description =
                draft.description() == null ? "" : draft.description().strip();
        if (description.isEmpty() || description.length() > 1000) {
            throw new InvalidFieldException(
                    "description",
                    "Beschrijf het doel in hoogstens 1.000 tekens, bijvoorbeeld: in 2028"
                            + " is minstens 90 % van de ouders tevreden over de relatie met de school.");
        }
        LocalDate due;
        try {
            due = LocalDate.parse(draft.dueDate() == null ? "" : draft.dueDate().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(
                    "dueDate",
                    "Vul de datum in waarop het doel gehaald moet zijn, als jjjj-mm-dd," + " bijvoorbeeld 2028-12-31.");
        }
        Long targetId = target(plan, description, due, draft);
        PlanGoal goal;
        if (goalId == null) {
            goal = new PlanGoal();
            goal.planId = plan.id;
        } else {
            goal = PlanGoal.inPlan(plan.id, goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
        }
        goal.description = description;
        goal.dueDate = due;
        goal.targetId = targetId;
        goal.persist();
        revision(
                plan.id,
                "goal:" + goal.id,
                description + " | uiterlijk " + due
                        + (targetId == null
                                ? " | zonder doel in de monitor"
                                : " | doel in de monitor: "
                                        + targets.asOf(targetId, null)
                                                .map(TargetView::name)
                                                .orElse("?")));
        audit.record(
                goalId == null ? "goal-added" : "goal-updated",
                "action-plan",
                plan.id,
                plan.municipalityId,
                "goal " + goal.id);
    }

    /** An existing target of the municipality, a new one for the chosen indicator, or none. */
    private Long target(ActionPlan plan, String description, LocalDate due, PlanView.GoalDraft draft) {
        String existing = blankToNull(draft.targetId());
        String indicator = blankToNull(draft.indicator());
        if (existing != null && indicator != null) {
            throw new InvalidFieldException(
                    "targetId",
                    "Kies óf een bestaand doel in de monitor, óf een indicator voor een nieuw"
                            + " doel, niet allebei.");
        }
        if (existing != null) {
            Optional<TargetView> target = Optional.empty();
            try {
                target = targets.asOf(Long.parseLong(existing), null)
                        .filter(t -> t.municipalityId() == plan.municipalityId);
            } catch (NumberFormatException e) {
                // not a target id: reported below
            }
            return target.orElseThrow(() -> new InvalidFieldException(
                            "targetId", "Dat doel in de monitor bestaat niet (meer). Kies een ander."))
                    .id();
        }
        if (indicator == null) {
            return null;
        }
        if (!access.mayManage(plan.municipalityId)) {
            // targets are the municipality's (TargetService): a lead board links the goal to an existing one
            throw new InvalidFieldException(
                    "indicator",
                    "Alleen de gemeente maakt een nieuw doel in de monitor. Kies een bestaand doel, of vraag de"
                            + " gemeente er een te maken.");
        }
        String[] parts = indicator.split("/", 2);
        BigDecimal threshold;
        try {
            threshold = new BigDecimal(
                    blankToNull(draft.threshold()) == null
                            ? ""
                            : draft.threshold()
                                    .strip()
                                    .replace(',', '.')
                                    .replace("%", "")
                                    .strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(
                    "threshold",
                    "Vul bij een nieuw doel het percentage in dat gehaald moet worden," + " bijvoorbeeld 90.");
        }
        if (threshold.compareTo(BigDecimal.ONE) < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidFieldException("threshold", "Het percentage moet tussen 1 en 100 liggen.");
        }
        if (parts.length != 2) {
            throw new InvalidFieldException("indicator", "Kies een indicator uit de lijst.");
        }
        try {
            String name = description.length() > 200 ? description.substring(0, 199) + "…" : description;
            return targets.create(new TargetRequest(
                            null, name, parts[0], parts[1], threshold.movePointLeft(2), due, null, null))
                    .id();
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException("indicator", "Kies een indicator uit de lijst.");
        }
    }

    public void deleteGoal(long id, long goalId) {
        ActionPlan plan = access.plan(id);
        access.requireLead(plan);
        PlanGoal goal = PlanGoal.inPlan(plan.id, goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
        revision(plan.id, "goal:" + goal.id, "Doel verwijderd: " + goal.description);
        goal.delete();
        audit.record("goal-deleted", "action-plan", plan.id, plan.municipalityId, "goal " + goalId);
    }

    // --- history

    public PlanView.History history(long id) {
        ActionPlan plan = access.plan(id);
        List<PlanView.Revision> revisions = PlanRevision.ofPlanNewestFirst(plan.id).stream()
                .map(r -> new PlanView.Revision(
                        subject(r.subject), r.changedByName, StaffLanguage.moment(r.changedAt), r.body))
                .toList();
        return new PlanView.History(plan.id, plan.title, revisions);
    }

    private static String subject(String subject) {
        if (subject.startsWith("section:")) {
            return PlanSection.byKey(subject.substring(8))
                    .map(PlanSection::title)
                    .orElse(subject);
        }
        if (subject.startsWith("goal:")) {
            return "Doel " + subject.substring(5);
        }
        return "Plan";
    }

    private void revision(long planId, String subject, String body) {
        AuthenticatedUser user = access.user();
        PlanRevision revision = new PlanRevision();
        revision.planId = planId;
        revision.subject = subject;
        revision.body = body;
        revision.changedBy = user.id();
        revision.changedByName = user.displayName();
        revision.persist();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static int currentYear() {
        return Dates.today().getYear();
    }
}
