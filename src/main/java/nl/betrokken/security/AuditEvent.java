package nl.betrokken.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** Who did what to which object. Never what a respondent answered. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "user_id")
    public Long userId;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String action;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    @Column(name = "municipality_id")
    public Long municipalityId;

    public String detail;

    public static List<AuditEvent> newest(int limit) {
        return AuditEvent.<AuditEvent>findAll(Sort.descending("occurredAt", "id"))
                .page(Page.ofSize(limit))
                .list();
    }

    public static List<AuditEvent> newestOfMunicipality(Long municipalityId, int limit) {
        return AuditEvent.<AuditEvent>find("municipalityId", Sort.descending("occurredAt", "id"), municipalityId)
                .page(Page.ofSize(limit))
                .list();
    }
}
