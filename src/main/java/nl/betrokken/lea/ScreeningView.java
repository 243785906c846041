package nl.betrokken.lea;

import java.time.LocalDate;
import java.util.List;
import nl.betrokken.forms.Field;
import nl.betrokken.forms.Form;

/**
 * A screening as the meeting sees it: who took part, the three-column table per theme with every
 * partner's answers in its column, the conversation guide, the conclusions the partners proposed,
 * and what the meeting agreed; who leads the round, and its working group.
 */
public record ScreeningView(
        long id,
        long municipalityId,
        String municipality,
        String title,
        String lead,
        boolean leadIsBoard,
        boolean mayLead,
        boolean mayChangeLead,
        boolean ownPartOpen,
        List<PartnerStatus> partners,
        List<BoardChoice> leadChoices,
        List<BoardChoice> invitableBoards,
        List<BoardChoice> invitableOrganisations,
        List<WorkingGroupView.Member> workingGroup,
        boolean workingGroupNames,
        List<Theme> themes,
        List<Question> questions,
        List<Tally> proposals,
        Agreement agreement) {

    /** A partner's progress; fillable when the current user fills in this partner's part on its behalf. */
    public record PartnerStatus(
            long id,
            String name,
            String kind,
            boolean municipality,
            boolean lead,
            boolean submitted,
            String lastSaved,
            boolean fillable) {}

    /** Whether the round may still take new partners: until the meeting has recorded its agreements. */
    public boolean invitationsOpen() {
        return mayLead && !agreement.recorded() && !(invitableBoards.isEmpty() && invitableOrganisations.isEmpty());
    }

    /** One theme: three columns of texts, and how each partner rated the need to work together. */
    public record Theme(String id, String title, List<Column> columns, List<Rating> ratings, boolean jointWorkWanted) {}

    public record Column(String id, String label, List<Entry> entries) {}

    public record Entry(String partner, String text) {}

    /** A partner's answer to a theme's alignment question; wanted = anything beyond "not needed". */
    public record Rating(String partner, String answer, boolean wanted) {}

    public record Question(String text, List<Entry> entries) {}

    /** One option of a choice question with the partners who picked it; agreed when the meeting chose it. */
    public record Tally(String question, String option, List<String> partners, boolean agreed) {}

    public record Agreement(
            boolean recorded,
            LocalDate meetingDate,
            List<Entry> decisions,
            String recordedBy,
            List<Field> form,
            String meetingDateValue,
            List<String> errors) {}

    /** The page where a part is filled in: the current user's own, or a partner organisation's on its behalf. */
    public record Contribution(
            long screeningId,
            String screeningTitle,
            String partner,
            String action,
            boolean onBehalf,
            boolean submitted,
            boolean locked,
            List<Section> sections,
            List<Form.ErrorLink> errors,
            String notice) {}

    public record Section(String title, String intro, List<Field> items) {}

    public record Summary(
            long id,
            String title,
            String municipality,
            String lead,
            LocalDate meetingDate,
            int partners,
            int submitted,
            boolean agreed) {}

    public record NewScreening(
            long municipalityId,
            String municipality,
            List<BoardChoice> leads,
            List<BoardChoice> boards,
            List<BoardChoice> organisations,
            String title,
            String error) {}

    public record BoardChoice(long id, String name, boolean checked) {}
}
