package nl.betrokken.lea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One saved change to a plan: the subject ("section:vision", "goal:12") and its full new text. */
@Entity
@Table(name = "action_plan_revision")
public class PlanRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "changed_by")
    public Long changedBy;

    @Column(name = "changed_by_name", nullable = false)
    public String changedByName;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt = OffsetDateTime.now();

    static List<PlanRevision> ofPlanNewestFirst(long planId) {
        return list("planId = ?1 order by id desc", planId);
    }
}
