package nl.betrokken.schoolplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One saved change to a school plan: which action, who, when, and what changed, in words. */
@Entity
@Table(name = "school_plan_revision")
public class SchoolPlanRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(name = "action_id")
    public Long actionId;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "changed_by")
    public Long changedBy;

    /** Kept as it was then: a renamed or removed account leaves the history as it stood. */
    @Column(name = "changed_by_name", nullable = false)
    public String changedByName;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt = OffsetDateTime.now();

    static List<SchoolPlanRevision> ofPlanNewestFirst(long planId) {
        return list("planId = ?1 order by id desc", planId);
    }
}
