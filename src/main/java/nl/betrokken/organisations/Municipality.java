package nl.betrokken.organisations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A gemeente: it runs the baseline measurement and the LEA for the institutions within it. */
@Entity
@Table(name = "municipality")
public class Municipality extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    /** The CBS municipality code (GM0363 for Amsterdam), when known. */
    @Column(name = "cbs_code")
    public String cbsCode;

    /** Figures about the answers of fewer parents than this are never shown. */
    @Column(name = "parent_threshold", nullable = false)
    public int parentThreshold = 5;

    /** The same for the staff questionnaires. */
    @Column(name = "two_factor_for_analysts", nullable = false)
    public boolean twoFactorForAnalysts;

    @Column(name = "staff_threshold", nullable = false)
    public int staffThreshold = 5;

    /** An institution's name stands on rows of raw answers only when it has at least this many responses. */
    @Column(name = "microdata_threshold", nullable = false)
    public int microdataThreshold = 10;

    /** The confidence level of its intervals, such as 0.95; null: the service's default. */
    @Column(name = "confidence")
    public java.math.BigDecimal confidence;

    /** Below this share of its parents answering, a parents' figure is not representative; null: the default. */
    @Column(name = "min_parent_response_rate")
    public java.math.BigDecimal minParentResponseRate;

    /** The same for the staff questionnaires. */
    @Column(name = "min_staff_response_rate")
    public java.math.BigDecimal minStaffResponseRate;

    /** Whether targets are judged on the figure weighted by school rather than on the pooled answers. */
    @Column(name = "weighted_targets", nullable = false)
    public boolean weightedTargets;

    /** How often its live figures are published at most, in hours; null: the service's default. */
    @Column(name = "publish_every_hours")
    public Integer publishEveryHours;

    /** Set when the municipality was archived: its history stays, it takes part in no new wave. */
    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    public boolean archived() {
        return archivedAt != null;
    }

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static List<Municipality> seenIn(Scope scope) {
        return scope.list(
                "from Municipality m where " + scope.municipalities("m") + " order by m.name",
                Municipality.class,
                Map.of());
    }

    /** Whether another municipality than {@code exceptId} has this name, in any case. */
    static boolean nameTaken(String name, long exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId) > 0;
    }

    static boolean cbsCodeTaken(String cbsCode, long exceptId) {
        return count("cbsCode = ?1 and id <> ?2", cbsCode, exceptId) > 0;
    }

    public static Optional<Municipality> named(String name) {
        return find("name", name).firstResultOptional();
    }
}
