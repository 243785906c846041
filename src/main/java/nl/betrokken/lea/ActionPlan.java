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

/** A local action plan for parent involvement, in the six sections of the LEA policy box. */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_id", nullable = false)
    public long municipalityId;

    @Column(name = "screening_id")
    public Long screeningId;

    @Column(nullable = false)
    public String title;

    /** The board that leads the plan; null when the municipality leads it. */
    @Column(name = "lead_board_id")
    public Long leadBoardId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by")
    public Long createdBy;

    static List<ActionPlan> newestFirst() {
        return list("from ActionPlan order by createdAt desc, id desc");
    }

    static List<ActionPlan> ofMunicipality(Long municipalityId) {
        return list("municipalityId = ?1 order by createdAt desc, id desc", municipalityId);
    }
}
