package nl.betrokken.lea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/**
 * A care or welfare partner of a municipality (youth health care, welfare, the library, childcare).
 * It lives in the LEA because only the LEA uses it: it has no schools, waves or accounts.
 */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_id", nullable = false)
    public long municipalityId;

    @Column(nullable = false)
    public String name;

    /** The code of a {@link PartnerKind}. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    public PartnerKind partnerKind() {
        return PartnerKind.byCode(kind).orElse(PartnerKind.OTHER);
    }

    static List<PartnerOrganisation> ofMunicipality(long municipalityId) {
        return list("municipalityId = ?1 order by archivedAt nulls first, lower(name)", municipalityId);
    }

    static List<PartnerOrganisation> all() {
        return list("from PartnerOrganisation order by municipalityId, lower(name)");
    }

    static List<PartnerOrganisation> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Whether another partner of the municipality than {@code exceptId} has this name, in any case. */
    static boolean nameTaken(long municipalityId, String name, long exceptId) {
        return count("municipalityId = ?1 and lower(name) = lower(?2) and id <> ?3", municipalityId, name, exceptId)
                > 0;
    }
}
