package nl.betrokken.schoolplan;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.betrokken.analysis.ExpectationsProfile;
import nl.betrokken.analysis.ExpectationsService;
import nl.betrokken.analysis.FigureTexts;
import nl.betrokken.analysis.StatementChange;
import nl.betrokken.analysis.StatementFollowUp;
import nl.betrokken.analysis.TypologyProfile;
import nl.betrokken.analysis.TypologyService;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;
import nl.betrokken.schoolplan.SchoolPlanView.ActionView;
import nl.betrokken.security.AuditLog;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;

/**
 * The school's improvement plan. The school's lead (and the board members of its board, since there
 * are no accounts for team members) turns improvement points into actions; the municipality and the
 * administrator read along. Every new action and every change is kept with who made it and what
 * changed; two people saving one action from the same revision cannot overwrite each other. The
 * follow-up of each statement comes from {@link StatementFollowUp}, through disclosure control.
 */
@ApplicationScoped
@Transactional
public class SchoolPlanService {

    static final String PUBLIC_PATH = "/scholen/%s/wat-we-deden";

    private final Scope scope;
    private final CurrentUser currentUser;
    private final QuestionnaireCatalog catalog;
    private final TypologyService typology;
    private final ExpectationsService expectations;
    private final StatementFollowUp followUp;
    private final Disclosure disclosure;
    private final AuditLog audit;

    public SchoolPlanService(
            Scope scope,
            CurrentUser currentUser,
            QuestionnaireCatalog catalog,
            TypologyService typology,
            ExpectationsService expectations,
            StatementFollowUp followUp,
            Disclosure disclosure,
            AuditLog audit) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.typology = typology;
        this.expectations = expectations;
        this.followUp = followUp;
        this.disclosure = disclosure;
        this.audit = audit;
    }

    // --- reading

    /** Every school the caller sees, with the number of actions in its plan. */
    public List<SchoolPlanView.Summary> list() {
        List<Institution> schools = Institution.seenIn(scope, null, null, null);
        Map<Long, SchoolPlan> plans = SchoolPlan.ofInstitutions(
                        schools.stream().map(i -> i.id).toList())
                .stream()
                .collect(Collectors.toMap(p -> p.institutionId, p -> p));
        Map<Long, Long> counts = ImprovementAction.countsByPlan(
                plans.values().stream().map(p -> p.id).toList());
        return schools.stream()
                .map(i -> {
                    SchoolPlan plan = plans.get(i.id);
                    int actions =
                            plan == null ? 0 : counts.getOrDefault(plan.id, 0L).intValue();
                    return new SchoolPlanView.Summary(
                            i.id, i.name, actions, actions == 0 ? null : PUBLIC_PATH.formatted(plan.publicSlug));
                })
                .toList();
    }

    public SchoolPlanView plan(long institutionId) {
        Institution institution = scope.institution(institutionId);
        Optional<SchoolPlan> plan = SchoolPlan.ofInstitution(institution.id);
        List<ImprovementAction> actions =
                plan.map(p -> ImprovementAction.ofPlan(p.id)).orElse(List.of());
        Map<Long, List<ActionStatement>> statements = statementsOf(actions);
        List<ActionView> views = actions.stream()
                .map(a -> view(institution.id, a, statements.getOrDefault(a.id, List.of())))
                .toList();
        return new SchoolPlanView(
                institution.id,
                institution.name,
                mayEdit(institution),
                actions.isEmpty() ? null : PUBLIC_PATH.formatted(plan.orElseThrow().publicSlug),
                views);
    }

    public ActionView action(long institutionId, long actionId) {
        Institution institution = scope.institution(institutionId);
        ImprovementAction action = SchoolPlan.ofInstitution(institution.id)
                .flatMap(p -> ImprovementAction.inPlan(p.id, actionId))
                .orElseThrow(() -> new NotFoundException("action", actionId));
        return view(institution.id, action, statementsOf(List.of(action)).getOrDefault(action.id, List.of()));
    }

    /** What the action form offers: the statements of the school's lists, its improvement points first. */
    public SchoolPlanView.ActionForm form(long institutionId, Long actionId) {
        Institution institution = scope.institution(institutionId);
        requireEdit(institution);
        int revision = actionId == null ? 0 : action(institutionId, actionId).revision();
        TypologyProfile profile = typology.profile(institution.id);
        List<SchoolPlanView.ChoiceGroup> groups = new ArrayList<>();
        for (TypologyProfile.Side side : profile.sides()) {
            Optional<Questionnaire> list =
                    catalog.latest(side.questionnaireId()).map(e -> e.questionnaire());
            if (list.isEmpty()) {
                continue;
            }
            Questionnaire q = list.get();
            Map<String, TypologyProfile.ImprovementPoint> points = new LinkedHashMap<>();
            if (!side.suppressed()) {
                side.improvementPoints().stream().filter(p -> p.gap() > 0).forEach(p -> points.put(p.itemId(), p));
            }
            List<SchoolPlanView.Choice> choices = new ArrayList<>();
            for (TypologyProfile.ImprovementPoint point : points.values()) {
                choices.add(new SchoolPlanView.Choice(
                        q.id() + "/" + point.itemId(),
                        point.itemId() + " – " + text(q, point.itemId()),
                        "Verbeterpunt: nu " + FigureTexts.percent(point.current()) + " ja, gewenst "
                                + FigureTexts.percent(point.desired()) + ".",
                        true));
            }
            String ladder = q.typology().dimension();
            q.items()
                    .filter(i -> i.tags().containsKey(ladder) && !points.containsKey(i.id()))
                    .forEach(i -> choices.add(new SchoolPlanView.Choice(
                            q.id() + "/" + i.id(), i.id() + " – " + i.text().in(StaffLanguage.CODE), null, false)));
            groups.add(new SchoolPlanView.ChoiceGroup(
                    q.audience() == Audience.STAFF ? "Uitspraken van het team" : "Uitspraken van ouders", choices));
        }
        groups.addAll(expectationChoices(institution.id));
        return new SchoolPlanView.ActionForm(institution.id, institution.name, actionId, revision, groups);
    }

    /** The mutual expectations of each side, those that matter but happen too little first. */
    private List<SchoolPlanView.ChoiceGroup> expectationChoices(long institutionId) {
        ExpectationsProfile profile = expectations.profile(institutionId);
        List<SchoolPlanView.ChoiceGroup> groups = new ArrayList<>();
        for (int s = 0; s < profile.sides().size(); s++) {
            ExpectationsProfile.Side side = profile.sides().get(s);
            List<SchoolPlanView.Choice> unmet = new ArrayList<>();
            List<SchoolPlanView.Choice> others = new ArrayList<>();
            for (ExpectationsProfile.Expectation e : profile.expectations()) {
                ExpectationsProfile.Share share = e.bySide().get(s);
                String value = side.questionnaireId() + "/" + e.itemId();
                if (share.unmet()) {
                    unmet.add(new SchoolPlanView.Choice(
                            value,
                            e.text(),
                            "Belangrijk, maar gebeurt te weinig: gebeurt " + FigureTexts.percent(share.happens())
                                    + ", belangrijk " + FigureTexts.percent(share.matters()) + ".",
                            true));
                } else {
                    others.add(new SchoolPlanView.Choice(value, e.text(), null, false));
                }
            }
            unmet.addAll(others);
            groups.add(new SchoolPlanView.ChoiceGroup(
                    "staff".equals(side.audience()) ? "Verwachtingen volgens het team" : "Verwachtingen volgens ouders",
                    unmet));
        }
        return groups;
    }

    public SchoolPlanView.History history(long institutionId) {
        Institution institution = scope.institution(institutionId);
        List<SchoolPlanView.Revision> revisions = SchoolPlan.ofInstitution(institution.id)
                .map(p -> SchoolPlanRevision.ofPlanNewestFirst(p.id))
                .orElse(List.of())
                .stream()
                .map(r -> new SchoolPlanView.Revision(
                        r.subject, r.changedByName, StaffLanguage.moment(r.changedAt), r.body))
                .toList();
        return new SchoolPlanView.History(institution.id, institution.name, revisions);
    }

    // --- writing

    public ActionView add(long institutionId, ActionRequest request) {
        Institution institution = scope.institution(institutionId);
        requireEdit(institution);
        Checked checked = check(request);
        SchoolPlan plan = planOf(institution);
        ImprovementAction action = new ImprovementAction();
        action.planId = plan.id;
        action.body = checked.text();
        action.owner = checked.owner();
        action.dueDate = checked.dueDate();
        action.status = checked.status().code();
        action.notes = checked.notes();
        action.persistAndFlush();
        for (StatementRef ref : checked.statements()) {
            new ActionStatement(
                            action.id,
                            ref,
                            followUp.latestWave(ref.questionnaireId(), institution.id)
                                    .orElse(null))
                    .persist();
        }
        revision(
                plan,
                action,
                String.join(
                        "\n",
                        "Nieuwe actie: " + action.body,
                        "Uitspraken: " + refs(checked.statements()),
                        "Eigenaar: " + action.owner,
                        "Klaar op: " + StaffLanguage.date(action.dueDate),
                        "Status: " + checked.status().dutchName(),
                        "Notities: " + (action.notes.isEmpty() ? "(geen)" : action.notes)));
        audit.record("created", "school-plan-action", action.id, municipalityOf(institution), "plan " + plan.id);
        return action(institution.id, action.id);
    }

    public ActionView update(long institutionId, long actionId, ActionRequest request) {
        Institution institution = scope.institution(institutionId);
        requireEdit(institution);
        SchoolPlan plan =
                SchoolPlan.ofInstitution(institution.id).orElseThrow(() -> new NotFoundException("action", actionId));
        ImprovementAction action = ImprovementAction.inPlanForUpdate(plan.id, actionId)
                .orElseThrow(() -> new NotFoundException("action", actionId));
        Checked checked = check(request);
        if (request.revision() == null) {
            throw new InvalidFieldException(
                    "revision", "is required: the revision of the action your change starts from", "check_field");
        }
        if (request.revision() != action.revision) {
            throw new ConflictException(
                    "someone saved this action after revision " + request.revision() + " (it is at revision "
                            + action.revision + "); read it again and make your change once more",
                    "school_plan_action_changed");
        }
        List<String> changes = new ArrayList<>();
        changed(changes, "Tekst", action.body, checked.text());
        changed(changes, "Eigenaar", action.owner, checked.owner());
        changed(changes, "Klaar op", StaffLanguage.date(action.dueDate), StaffLanguage.date(checked.dueDate()));
        changed(
                changes,
                "Status",
                ActionStatus.byCode(action.status).map(ActionStatus::dutchName).orElse(action.status),
                checked.status().dutchName());
        changed(changes, "Notities", action.notes, checked.notes());
        List<ActionStatement> before = ActionStatement.ofActions(List.of(action.id));
        Set<StatementRef> old =
                before.stream().map(ActionStatement::ref).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!old.equals(new LinkedHashSet<>(checked.statements()))) {
            changed(changes, "Uitspraken", refs(List.copyOf(old)), refs(checked.statements()));
            for (ActionStatement statement : before) {
                if (!checked.statements().contains(statement.ref())) {
                    statement.delete();
                }
            }
            for (StatementRef ref : checked.statements()) {
                if (!old.contains(ref)) {
                    new ActionStatement(
                                    action.id,
                                    ref,
                                    followUp.latestWave(ref.questionnaireId(), institution.id)
                                            .orElse(null))
                            .persist();
                }
            }
        }
        if (changes.isEmpty()) {
            return action(institution.id, action.id);
        }
        action.body = checked.text();
        action.owner = checked.owner();
        action.dueDate = checked.dueDate();
        action.status = checked.status().code();
        action.notes = checked.notes();
        action.revision++;
        action.updatedAt = OffsetDateTime.now();
        revision(plan, action, String.join("\n", changes));
        audit.record("updated", "school-plan-action", action.id, municipalityOf(institution), "plan " + plan.id);
        return action(institution.id, action.id);
    }

    // --- the parents' page

    /**
     * What a school did with its parents' answers, for anyone with the page's address: the actions
     * with their status (no owners, no notes), and for statements of parents' lists only the shares
     * disclosure control shows, read as the school's own lead would see them.
     */
    public SchoolPlanView.PublicPage publicPage(String slug) {
        SchoolPlan plan = SchoolPlan.bySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new NotFoundException("school page", slug));
        List<ImprovementAction> actions = ImprovementAction.ofPlan(plan.id);
        if (actions.isEmpty()) {
            throw new NotFoundException("school page", slug);
        }
        Institution institution = Institution.findById(plan.institutionId);
        Map<Long, List<ActionStatement>> statements = statementsOf(actions);
        List<SchoolPlanView.PublicAction> shown = new ArrayList<>();
        for (ImprovementAction action : actions) {
            ActionStatus status = ActionStatus.byCode(action.status).orElse(ActionStatus.PLANNED);
            List<SchoolPlanView.PublicStatement> about = new ArrayList<>();
            for (ActionStatement statement : statements.getOrDefault(action.id, List.of())) {
                boolean parents = catalog.latest(statement.questionnaireId)
                        .map(e -> e.questionnaire().audience() == Audience.PARENT)
                        .orElse(false);
                if (!parents) {
                    continue;
                }
                StatementChange change = followUp.change(
                        plan.institutionId,
                        statement.questionnaireId,
                        statement.itemId,
                        statement.baselineWaveId,
                        StatementFollowUp.Reader.SCHOOL_PAGE);
                about.add(new SchoolPlanView.PublicStatement(
                        change.text(),
                        change.currentBefore() == null
                                ? null
                                : change.currentBefore().share(),
                        change.currentAfter() == null
                                ? null
                                : change.currentAfter().share(),
                        Boolean.TRUE.equals(change.improved())));
            }
            shown.add(new SchoolPlanView.PublicAction(action.body, status.code(), status.dutchName(), about));
        }
        int threshold = disclosure
                .rules(Municipality.findById(municipalityOf(institution)))
                .threshold(Audience.PARENT);
        return new SchoolPlanView.PublicPage(institution.name, threshold, shown);
    }

    /** The public page's path of an institution whose plan has at least one action. */
    public Optional<String> publicPath(long institutionId) {
        return SchoolPlan.ofInstitution(institutionId)
                .filter(p -> !ImprovementAction.countsByPlan(List.of(p.id)).isEmpty())
                .map(p -> PUBLIC_PATH.formatted(p.publicSlug));
    }

    // --- the rules

    /** The school's own lead, and the members of its board: the people who can act for the school. */
    boolean mayEdit(Institution institution) {
        AuthenticatedUser user = currentUser.require();
        return (user.is(Role.INSTITUTION_LEAD) && Objects.equals(user.institutionId(), institution.id))
                || (user.is(Role.BOARD_MEMBER) && Objects.equals(user.boardId(), institution.board.id));
    }

    private void requireEdit(Institution institution) {
        if (!mayEdit(institution)) {
            throw new ForbiddenException("only the school's lead and its board write the school's plan");
        }
    }

    private record Checked(
            List<StatementRef> statements,
            String text,
            String owner,
            LocalDate dueDate,
            ActionStatus status,
            String notes) {}

    /** What Bean Validation cannot tell: that every statement exists. Texts are stripped, duplicates dropped. */
    private Checked check(ActionRequest request) {
        List<StatementRef> refs = List.copyOf(new LinkedHashSet<>(request.statements()));
        for (StatementRef ref : refs) {
            Optional<Item> item = catalog.latest(ref.questionnaireId())
                    .flatMap(e -> e.questionnaire().item(ref.itemId()))
                    .filter(i -> !i.type().isOpenText());
            if (item.isEmpty()) {
                throw new InvalidFieldException(
                        "statements",
                        "there is no statement " + ref.itemId() + " in questionnaire " + ref.questionnaireId(),
                        "school_plan_statement_unknown");
            }
        }
        ActionStatus status = request.status() == null
                ? ActionStatus.PLANNED
                : ActionStatus.byCode(request.status())
                        .orElseThrow(() -> new InvalidFieldException(
                                "status", "must be one of planned, doing, done, dropped", "choose_from_list"));
        return new Checked(
                refs,
                request.text().strip(),
                request.owner().strip(),
                request.dueDate(),
                status,
                request.notes() == null
                        ? ""
                        : request.notes().replace("\r\n", "\n").strip());
    }

    /** The institution's plan, made on its first action; made once even when two first actions arrive together. */
    private SchoolPlan planOf(Institution institution) {
        Optional<SchoolPlan> existing = SchoolPlan.ofInstitution(institution.id);
        if (existing.isPresent()) {
            return existing.get();
        }
        Panache.getEntityManager()
                .createNativeQuery("""
                insert into school_plan (institution_id, public_slug, created_by) values (:institution, :slug, :by)
                on conflict (institution_id) do nothing
                """)
                .setParameter("institution", institution.id)
                .setParameter("slug", SchoolPlan.newSlug())
                .setParameter("by", currentUser.require().id())
                .executeUpdate();
        return SchoolPlan.ofInstitution(institution.id).orElseThrow();
    }

    private ActionView view(long institutionId, ImprovementAction action, List<ActionStatement> statements) {
        ActionStatus status = ActionStatus.byCode(action.status).orElse(ActionStatus.PLANNED);
        List<StatementChange> changes = statements.stream()
                .map(s -> followUp.change(
                        institutionId,
                        s.questionnaireId,
                        s.itemId,
                        s.baselineWaveId,
                        StatementFollowUp.Reader.CURRENT_USER))
                .toList();
        return new ActionView(
                action.id,
                action.body,
                action.owner,
                action.dueDate,
                status.code(),
                status.dutchName(),
                action.notes,
                action.revision,
                changes);
    }

    private static Map<Long, List<ActionStatement>> statementsOf(List<ImprovementAction> actions) {
        return ActionStatement.ofActions(actions.stream().map(a -> a.id).toList()).stream()
                .collect(Collectors.groupingBy(s -> s.actionId, LinkedHashMap::new, Collectors.toList()));
    }

    private void revision(SchoolPlan plan, ImprovementAction action, String body) {
        AuthenticatedUser user = currentUser.require();
        SchoolPlanRevision revision = new SchoolPlanRevision();
        revision.planId = plan.id;
        revision.actionId = action.id;
        revision.subject = "Actie " + action.id + ": " + shortly(action.body);
        revision.body = body;
        revision.changedBy = user.id();
        revision.changedByName = user.displayName();
        revision.persist();
    }

    private static void changed(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + ": " + (before.isEmpty() ? "(leeg)" : before) + " → "
                    + (after.isEmpty() ? "(leeg)" : after));
        }
    }

    /** "t12 (ouders), t05 (team)" */
    private String refs(List<StatementRef> refs) {
        return refs.stream()
                .map(r -> r.itemId() + " ("
                        + catalog.latest(r.questionnaireId())
                                .map(e -> e.questionnaire().audience() == Audience.STAFF ? "team" : "ouders")
                                .orElse(r.questionnaireId())
                        + ")")
                .collect(Collectors.joining(", "));
    }

    private static String text(Questionnaire q, String itemId) {
        return q.item(itemId).map(i -> i.text().in(StaffLanguage.CODE)).orElse(itemId);
    }

    private static String shortly(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    private static long municipalityOf(Institution institution) {
        return institution.board.municipality.id;
    }
}
