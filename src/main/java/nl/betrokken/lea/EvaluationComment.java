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

/** A partner's comment in the yearly evaluation of a plan, on one goal or on the plan as a whole. */
@Entity
@Table(name = "evaluation_comment")
public class EvaluationComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(name = "goal_id")
    public Long goalId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String body;

    @Column(name = "author_id")
    public Long authorId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /** The comments on a plan for one year of its evaluation, in the order they were written. */
    static List<EvaluationComment> ofPlanYear(long planId, int year) {
        return list("planId = ?1 and year = ?2 order by id", planId, year);
    }
}
