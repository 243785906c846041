package nl.betrokken.lea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A concrete, dated goal of an action plan, measured by a target of the monitor. */
@Entity
@Table(name = "action_plan_goal")
public class PlanGoal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(nullable = false)
    public String description;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "target_id")
    public Long targetId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    static List<PlanGoal> ofPlan(long planId) {
        return list("planId = ?1 order by dueDate, id", planId);
    }

    static Optional<PlanGoal> inPlan(long planId, long goalId) {
        return find("id = ?1 and planId = ?2", goalId, planId).firstResultOptional();
    }

    /** How many goals each plan has, for a list of plans in one query; a plan without goals is missing. */
    static Map<Long, Long> countsByPlan(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select g.planId from PlanGoal g where g.planId in :plans", Long.class)
                .setParameter("plans", planIds)
                .getResultStream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }
}
