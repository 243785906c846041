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
import java.util.Optional;

/** One person in the working group of a screening round or a plan; no account, only a name and a role. */
@Entity
@Table(name = "lea_working_group_member")
public class WorkingGroupMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "screening_id")
    public Long screeningId;

    @Column(name = "plan_id")
    public Long planId;

    @Column(nullable = false)
    public String name;

    /** Where the member comes from, as the lead writes it ("OBS De Linde, intern begeleider"). */
    @Column(nullable = false)
    public String organisation = "";

    /** The code of a {@link WorkingGroupRole}. */
    @Column(nullable = false)
    public String role;

    /** A parent in the group (the policy box advises two or three, not working at one of the partners). */
    @Column(nullable = false)
    public boolean parent;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    static List<WorkingGroupMember> ofScreening(long screeningId) {
        return list("screeningId = ?1 order by id", screeningId);
    }

    static List<WorkingGroupMember> ofPlan(long planId) {
        return list("planId = ?1 order by id", planId);
    }

    static Optional<WorkingGroupMember> inScreening(long screeningId, long id) {
        return find("screeningId = ?1 and id = ?2", screeningId, id).firstResultOptional();
    }

    static Optional<WorkingGroupMember> inPlan(long planId, long id) {
        return find("planId = ?1 and id = ?2", planId, id).firstResultOptional();
    }
}
