package nl.betrokken.lea;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.export.SafeCells;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.organisations.Board;
import nl.betrokken.security.AuditLog;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.Role;
import nl.betrokken.targets.TargetExtensions;
import nl.betrokken.targets.TargetView;
import nl.betrokken.waves.Wave;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The yearly evaluation of a plan, with live figures: a goal's target is computed the way the monitor
 * computes it, over the waves that opened by the end of the chosen year.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    private final LeaAccess access;
    private final ActionPlanService plans;
    private final AuditLog audit;

    public EvaluationService(LeaAccess access, ActionPlanService plans, AuditLog audit) {
        this.access = access;
        this.plans = plans;
        this.audit = audit;
    }

    public EvaluationView evaluation(long planId, Integer year) {
        ActionPlan plan = access.plan(planId);
        List<Integer> years = years(plan);
        int chosen = year == null ? years.get(0) : year;
        if (!years.contains(chosen)) {
            throw new InvalidFieldException(
                    "year", "Kies een jaar van " + years.get(years.size() - 1) + " tot en met " + years.get(0) + ".");
        }
        LocalDate endOfYear = LocalDate.of(chosen, 12, 31);
        List<EvaluationComment> comments = EvaluationComment.ofPlanYear(plan.id, chosen);
        List<EvaluationView.GoalResult> goals = new ArrayList<>();
        for (PlanGoal goal : PlanGoal.ofPlan(plan.id)) {
            goals.add(new EvaluationView.GoalResult(
                    goal.id,
                    goal.description,
                    goal.dueDate,
                    plans.target(goal, endOfYear),
                    comments.stream()
                            .filter(c -> goal.id.equals(c.goalId))
                            .map(EvaluationService::comment)
                            .toList()));
        }
        List<EvaluationView.Comment> general = comments.stream()
                .filter(c -> c.goalId == null)
                .map(EvaluationService::comment)
                .toList();
        return new EvaluationView(
                plan.id,
                plan.title,
                ScreeningService.municipalityName(plan.municipalityId),
                chosen,
                years,
                goals,
                general,
                mayComment(),
                StaffLanguage.moment(OffsetDateTime.now()));
    }

    /** From the first wave or the plan, whichever is earlier, to this year; newest first. */
    static List<Integer> years(ActionPlan plan) {
        int first = Math.min(
                plan.createdAt.getYear(),
                Wave.firstOpeningOf(plan.municipalityId).map(LocalDate::getYear).orElse(Integer.MAX_VALUE));
        List<Integer> years = new ArrayList<>();
        for (int y = ActionPlanService.currentYear(); y >= first; y--) {
            years.add(y);
        }
        return years;
    }

    private boolean mayComment() {
        return access.user().is(Role.MUNICIPALITY_ANALYST) || access.user().is(Role.BOARD_MEMBER);
    }

    /** A partner's comment; the municipality and the boards both write in the evaluation. */
    public void comment(long planId, int year, Long goalId, String body) {
        ActionPlan plan = access.plan(planId);
        if (!mayComment()) {
            throw new ForbiddenException("only the partners comment on the evaluation");
        }
        if (!years(plan).contains(year)) {
            throw new InvalidFieldException("year", "Dat jaar hoort niet bij dit plan.");
        }
        if (goalId != null && PlanGoal.inPlan(plan.id, goalId).isEmpty()) {
            throw new NotFoundException("goal", goalId);
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 4000) {
            throw new InvalidFieldException("body", "Schrijf een opmerking van hoogstens 4.000 tekens.");
        }
        AuthenticatedUser user = access.user();
        EvaluationComment comment = new EvaluationComment();
        comment.planId = plan.id;
        comment.goalId = goalId;
        comment.year = year;
        comment.body = text;
        comment.authorId = user.id();
        comment.authorName = user.displayName();
        comment.organisation = user.boardId() != null
                ? Board.<Board>findById(user.boardId()).name
                : ScreeningService.municipalityName(plan.municipalityId);
        comment.persist();
        audit.record("commented", "action-plan", plan.id, plan.municipalityId, "evaluation " + year);
    }

    private static EvaluationView.Comment comment(EvaluationComment c) {
        return new EvaluationView.Comment(c.authorName, c.organisation, StaffLanguage.moment(c.createdAt), c.body);
    }

    /** The evaluation as CSV for a spreadsheet: a row per goal with its figures; no formulas get through. */
    public void csv(EvaluationView evaluation, OutputStream out) {
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "doel",
                                "uiterlijk",
                                "doel_in_monitor",
                                "indicator",
                                "drempel",
                                "peiling",
                                "aandeel",
                                "ondergrens",
                                "bovengrens",
                                "n",
                                "status",
                                "opmerkingen")
                        .get())) {
            for (EvaluationView.GoalResult goal : evaluation.goals()) {
                TargetView t = goal.target();
                TargetView.Point p = t == null ? null : t.latest();
                boolean shown = p != null && !p.suppressed() && p.share() != null;
                List<String> cells = new ArrayList<>(List.of(
                        goal.description(),
                        goal.dueDate().toString(),
                        t == null ? "" : t.name(),
                        t == null ? "" : t.indicator(),
                        t == null ? "" : number(t.threshold()),
                        p == null ? "" : p.wave(),
                        shown ? number(p.share()) : "",
                        shown ? number(p.lower()) : "",
                        shown ? number(p.upper()) : "",
                        shown ? String.valueOf(p.answered()) : "",
                        t == null ? "" : TargetExtensions.dutch(t.status()),
                        String.join(
                                " | ",
                                goal.comments().stream()
                                        .map(c -> c.organisation() + ": " + c.body())
                                        .toList())));
                csv.printRecord(cells.stream()
                        .map(c -> SafeCells.of(Objects.toString(c, "")))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
