package nl.betrokken.schoolplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One action of a school's improvement plan: what the school does about one or more statements. */
@Entity
@Table(name = "school_plan_action")
public class ImprovementAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    /** The action itself, as the school words it. */
    @Column(nullable = false)
    public String body;

    /** Who carries it out: a name or a role, as free text. */
    @Column(nullable = false)
    public String owner;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    /** The code of its {@link ActionStatus}. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String notes = "";

    /** Raised on every save: an editor's form carries the revision it started from. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    static List<ImprovementAction> ofPlan(long planId) {
        return list("planId = ?1 order by dueDate, id", planId);
    }

    /** The action, locked until the save commits, so two saves from the same revision cannot both pass. */
    static Optional<ImprovementAction> inPlanForUpdate(long planId, long actionId) {
        return find("id = ?1 and planId = ?2", actionId, planId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    static Optional<ImprovementAction> inPlan(long planId, long actionId) {
        return find("id = ?1 and planId = ?2", actionId, planId).firstResultOptional();
    }

    /** How many actions each plan has, for a list of plans in one query; a plan without actions is missing. */
    static Map<Long, Long> countsByPlan(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select a.planId from ImprovementAction a where a.planId in :plans", Long.class)
                .setParameter("plans", planIds)
                .getResultStream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }
}
