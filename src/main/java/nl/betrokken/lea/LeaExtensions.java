package nl.betrokken.lea;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.web.Markup;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.Role;

/** How the LEA pages write things; the templates only place them. */
@TemplateExtension
final class LeaExtensions {

    private LeaExtensions() {}

    /** Institution leads have no seat at the LEA table; everyone else does, the administrator as onlooker. */
    static boolean takesPartInLea(AuthenticatedUser user) {
        return !user.is(Role.INSTITUTION_LEAD);
    }

    static boolean startsLea(AuthenticatedUser user) {
        return user.is(Role.MUNICIPALITY_ANALYST);
    }

    static String longDate(LocalDate date) {
        return date == null ? "nog niet vastgelegd" : StaffLanguage.date(date);
    }

    /** Plain text as paragraphs: a blank line starts a new one, a single line break stays a line break. */
    static RawString paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(Markup.escape(paragraph.strip()).replace("\n", "<br>"))
                        .append("</p>");
            }
        }
        return new RawString(html.toString());
    }

    /** "3 van 4 partners hebben hun deel ingestuurd" */
    static String progress(ScreeningView.Summary summary) {
        return summary.submitted() + " van " + summary.partners()
                + (summary.partners() == 1 ? " partner heeft" : " partners hebben") + " hun deel ingestuurd";
    }

    /**
     * The working group in a file that leaves the service: how many members and how many parents, never
     * their names (personal data stay on the screen of the municipality's own staff).
     */
    static String workingGroupSummary(ScreeningView s) {
        int members = s.workingGroup().size();
        long parents = s.workingGroup().stream()
                .filter(WorkingGroupView.Member::parent)
                .count();
        if (members == 0) {
            return "Er is nog geen werkgroep vastgelegd.";
        }
        return "Werkgroep: " + members + (members == 1 ? " lid" : " leden") + ", van wie " + parents
                + (parents == 1 ? " ouder" : " ouders") + ".";
    }
}
