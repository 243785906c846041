package nl.betrokken.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.betrokken.common.time.Dates;
import nl.betrokken.organisations.Institution;
import nl.betrokken.schoolplan.ActionStatement;
import nl.betrokken.schoolplan.ActionStatus;
import nl.betrokken.schoolplan.ImprovementAction;
import nl.betrokken.schoolplan.SchoolPlan;
import nl.betrokken.schoolplan.SchoolPlanRevision;
import nl.betrokken.schoolplan.StatementRef;
import nl.betrokken.security.UserAccount;
import nl.betrokken.waves.Wave;

/**
 * The lead school's improvement plan: four actions made after last year's parents' typology list,
 * one of which (the teachers knowing each pupil's file, t12) came out clearly better in this year's.
 */
@ApplicationScoped
public class DemoSchoolPlan {

    private record Demo(String item, String text, String owner, int dueInDays, ActionStatus status, String notes) {}

    private static final List<Demo> ACTIONS = List.of(
            new Demo(
                    "t12",
                    "Elke leerkracht leest in de eerste weken van het schooljaar het dossier van ieder kind en bespreekt"
                            + " het met de ouders in een kennismakingsgesprek.",
                    "Groepsleerkrachten, met de intern begeleider",
                    -200,
                    ActionStatus.DONE,
                    "Alle gesprekken waren voor de herfstvakantie gevoerd."),
            new Demo(
                    "t05",
                    "Elke twee weken een kort bericht per groep: wat de kinderen leren en wat er in de klas gebeurt.",
                    "Directeur",
                    60,
                    ActionStatus.DOING,
                    "Groep 1 tot en met 4 doen al mee."),
            new Demo(
                    "t13",
                    "In het kennismakingsgesprek vraagt de leerkracht wat er thuis belangrijk is; ouders kunnen dat"
                            + " daarna altijd bij de leerkracht melden.",
                    "Groepsleerkrachten",
                    120,
                    ActionStatus.PLANNED,
                    ""),
            new Demo(
                    "t04",
                    "Een korte lijst in eenvoudige taal in de schoolgids: wat de school wel en niet doet voor ouders.",
                    "Directeur en medezeggenschapsraad",
                    180,
                    ActionStatus.PLANNED,
                    ""));

    @Transactional
    public boolean createIfNone() {
        Institution school = Institution.named(DemoData.LEAD_SCHOOL).orElse(null);
        Wave lastYear = Wave.named(DemoResponses.LAST_YEARS_TYPOLOGY).orElse(null);
        if (school == null
                || lastYear == null
                || SchoolPlan.ofInstitution(school.id).isPresent()) {
            return false;
        }
        UserAccount lead =
                UserAccount.findByUsername("school@rijnstede.example").orElse(null);
        LocalDate today = Dates.today();
        SchoolPlan plan = new SchoolPlan();
        plan.institutionId = school.id;
        plan.publicSlug = SchoolPlan.newSlug();
        plan.createdAt = lastYear.closesOn.plusDays(10).atStartOfDay(Dates.ZONE).toOffsetDateTime();
        plan.createdBy = lead == null ? null : lead.id;
        plan.persist();
        for (Demo demo : ACTIONS) {
            ImprovementAction action = new ImprovementAction();
            action.planId = plan.id;
            action.body = demo.text();
            action.owner = demo.owner();
            action.dueDate = today.plusDays(demo.dueInDays());
            action.status = demo.status().code();
            action.notes = demo.notes();
            action.createdAt = plan.createdAt;
            action.updatedAt = plan.createdAt;
            action.persistAndFlush();
            new ActionStatement(action.id, new StatementRef("school-typology-parents", demo.item()), lastYear.id)
                    .persist();
            revision(plan, action, lead, "Nieuwe actie: " + demo.text(), plan.createdAt);
            if (demo.status() != ActionStatus.PLANNED) {
                revision(
                        plan,
                        action,
                        lead,
                        "Status: Gepland → " + demo.status().dutchName(),
                        plan.createdAt.plusDays(90));
            }
        }
        return true;
    }

    private static void revision(
            SchoolPlan plan, ImprovementAction action, UserAccount by, String body, OffsetDateTime at) {
        SchoolPlanRevision revision = new SchoolPlanRevision();
        revision.planId = plan.id;
        revision.actionId = action.id;
        revision.subject = "Actie " + action.id + ": "
                + (action.body.length() > 80 ? action.body.substring(0, 79) + "…" : action.body);
        revision.body = body;
        revision.changedBy = by == null ? null : by.id;
        revision.changedByName = by == null ? "Demo" : by.displayName;
        revision.changedAt = at;
        revision.persist();
    }
}
