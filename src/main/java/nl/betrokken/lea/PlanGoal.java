package nl.betrokken.lea;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

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
}
