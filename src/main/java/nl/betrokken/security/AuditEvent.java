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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /**
     * The newest events that match: by person (part of the username), object kind and id, and day
     * range; within one municipality when one is given (an analyst's view).
     */
    public static List<AuditEvent> matching(
            Long municipalityId,
            String person,
            String objectType,
            String objectId,
            OffsetDateTime from,
            OffsetDateTime until,
            int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (municipalityId != null) {
            query.append(" and municipalityId = :municipality");
            parameters.put("municipality", municipalityId);
        }
        if (person != null) {
            query.append(" and lower(username) like :person");
            parameters.put("person", "%" + person.toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (objectType != null) {
            query.append(" and objectType = :type");
            parameters.put("type", objectType);
        }
        if (objectId != null) {
            query.append(" and objectId = :object");
            parameters.put("object", objectId);
        }
        if (from != null) {
            query.append(" and occurredAt >= :from");
            parameters.put("from", from);
        }
        if (until != null) {
            query.append(" and occurredAt < :until");
            parameters.put("until", until);
        }
        return AuditEvent.<AuditEvent>find(query.toString(), Sort.descending("occurredAt", "id"), parameters)
                .page(Page.ofSize(limit))
                .list();
    }

    /** The kinds of object the trail has events of, for the filter's list. */
    public static List<String> objectTypes() {
        return getEntityManager()
                .createQuery("select distinct e.objectType from AuditEvent e order by e.objectType", String.class)
                .getResultList();
    }
}
