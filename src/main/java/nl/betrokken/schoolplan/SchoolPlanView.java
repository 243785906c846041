package nl.betrokken.schoolplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.betrokken.analysis.StatementChange;

/**
 * A school's improvement plan as its pages and the API show it: every action with the change of its
 * statements since the wave it started from, and the address of the parents' page once there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchoolPlanView(
        long institutionId, String institution, boolean mayEdit, String publicPath, List<ActionView> actions) {

    /** An action; {@code status} is the code, {@code statusLabel} its Dutch word. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionView(
            long id,
            String text,
            String owner,
            LocalDate dueDate,
            String status,
            String statusLabel,
            String notes,
            int revision,
            List<StatementChange> statements) {}

    /** A school in the list of plans, with how many actions its plan has. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(long institutionId, String institution, int actions, String publicPath) {}

    /** A statement to choose for an action, value {@code questionnaire/item}; the improvement points first. */
    public record Choice(String value, String label, String hint, boolean improvementPoint) {}

    /** The statements of one list (parents' or team's) the school has answers to. */
    public record ChoiceGroup(String title, List<Choice> choices) {}

    /** What the action form needs: the school, the action being changed (null: a new one), the statements. */
    public record ActionForm(
            long institutionId, String institution, Long actionId, int revision, List<ChoiceGroup> groups) {}

    public record Revision(String subject, String by, String at, String body) {}

    public record History(long institutionId, String institution, List<Revision> revisions) {}

    /** The parents' page: what the school does, without who does it, and only figures that may be shown. */
    public record PublicPage(String institution, int threshold, List<PublicAction> actions) {}

    public record PublicAction(String text, String status, String statusLabel, List<PublicStatement> statements) {}

    /**
     * A statement with the share of parents who said "yes, it is like this now" in the wave the action
     * started from and in the newest; null where it is not shown.
     */
    public record PublicStatement(String text, Double before, Double after, boolean improved) {}
}
