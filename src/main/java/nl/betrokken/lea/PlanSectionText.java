package nl.betrokken.lea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The text of one section of an action plan, with the revision that every save raises. */
@Entity
@Table(name = "action_plan_section")
@IdClass(PlanSectionText.Key.class)
public class PlanSectionText extends PanacheEntityBase {

    public record Key(long planId, String section) {}

    @Id
    @Column(name = "plan_id")
    public long planId;

    /** The key of its {@link PlanSection}. */
    @Id
    public String section;

    @Column(nullable = false)
    public String body = "";

    @Column(nullable = false)
    public int revision;

    protected PlanSectionText() {}

    public PlanSectionText(long planId, PlanSection section, String body, int revision) {
        this.planId = planId;
        this.section = section.key();
        this.body = body;
        this.revision = revision;
    }

    /** The sections of a plan in the order of the plan. */
    static List<PlanSectionText> ofPlan(long planId) {
        return PlanSectionText.<PlanSectionText>list("planId", planId).stream()
                .sorted(Comparator.comparing(
                        s -> PlanSection.byKey(s.section).orElseThrow().ordinal()))
                .toList();
    }

    static Optional<PlanSectionText> of(long planId, PlanSection section) {
        return findByIdOptional(new Key(planId, section.key()));
    }

    /**
     * Stores a new text only if the section is still at the revision the editor started from, in
     * one statement so two saves at once cannot both pass the check; the number of rows changed.
     */
    static int replaceIfAt(long planId, PlanSection section, String body, int revision) {
        return update(
                "body = ?1, revision = revision + 1 where planId = ?2 and section = ?3 and revision = ?4",
                body,
                planId,
                section.key(),
                revision);
    }
}
