package nl.betrokken.lea;

import java.time.LocalDate;
import java.util.List;
import nl.betrokken.targets.TargetView;

/**
 * An action plan as its page shows it: who leads it, the six sections, the goals with their targets, the
 * suggestions from the policy box, the working group, and the forms.
 */
public record PlanView(
        long id,
        String title,
        long municipalityId,
        String municipality,
        String lead,
        String leadValue,
        boolean mayEdit,
        boolean mayChangeLead,
        List<Choice> leadChoices,
        List<Suggestion> suggestions,
        List<WorkingGroupView.Member> workingGroup,
        boolean workingGroupNames,
        Long screeningId,
        String screeningTitle,
        List<SectionView> sections,
        List<GoalView> goals,
        List<Choice> targets,
        List<Choice> indicators,
        List<Integer> years,
        String notice,
        List<String> errors,
        GoalDraft draft) {

    public record SectionView(String key, String title, String hint, String body, int revision) {}

    public record GoalView(long id, String description, LocalDate dueDate, TargetView target) {

        /** The linked target as a form value, to select it in the list. */
        public String targetValue() {
            return target == null ? "" : String.valueOf(target.id());
        }
    }

    public record Choice(String value, String label) {}

    /** An example vision or criterion the lead can copy into the plan; adopted once its text is in it. */
    public record Suggestion(String id, String kind, String text, boolean adopted) {}

    /** What was typed into the goal form, kept when it is sent back with an error. */
    public record GoalDraft(String description, String dueDate, String targetId, String indicator, String threshold) {

        static final GoalDraft EMPTY = new GoalDraft("", "", "", "", "");
    }

    /** Two people saved the same section: both texts, so the later one loses nothing. */
    public record Conflict(
            long planId,
            String planTitle,
            String section,
            String sectionTitle,
            String yours,
            String theirs,
            int revision) {}

    public record Revision(String subject, String by, String at, String body) {}

    public record History(long planId, String title, List<Revision> revisions) {}

    public record Summary(long id, String title, String municipality, String lead, int goals) {}
}
