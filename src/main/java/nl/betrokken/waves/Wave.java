package nl.betrokken.waves;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.organisations.Scope;

/** One administration of a questionnaire version, for a set of institutions, in a period. */
@Entity
@Table(name = "wave")
public class Wave extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_id", nullable = false)
    public long municipalityId;

    @Column(nullable = false)
    public String name;

    @Column(name = "questionnaire_version_id", nullable = false)
    public long questionnaireVersionId;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Column(name = "closed_early_on")
    public LocalDate closedEarlyOn;

    /** When the final figures were published; written by the publication only. */
    @Column(name = "final_published_at", insertable = false, updatable = false)
    public OffsetDateTime finalPublishedAt;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @PostPersist
    @PostUpdate
    @PostRemove
    void linkChanged() {
        LinkChanges.changed();
    }

    public WaveStatus status(LocalDate today) {
        return WaveStatus.of(opensOn, closesOn, closedEarlyOn, today);
    }

    /** The waves with at least one institution the scope sees, newest first. */
    static List<Wave> seenIn(Scope scope) {
        return scope.list(
                "select distinct w from Wave w, WaveInstitution wi where wi.wave = w and "
                        + scope.institutions("wi.institution") + " order by w.opensOn desc, w.id desc",
                Wave.class,
                Map.of());
    }

    /** The waves of these questionnaire versions that include the institution, oldest first. */
    static List<Wave> withInstitution(long institutionId, Collection<Long> versionIds) {
        return getEntityManager()
                .createQuery(
                        "select distinct w from Wave w, WaveInstitution wi where wi.wave = w"
                                + " and wi.institution.id = :institution and w.questionnaireVersionId in :versions order by w.opensOn, w.id",
                        Wave.class)
                .setParameter("institution", institutionId)
                .setParameter("versions", versionIds)
                .getResultList();
    }

    /** The municipality's waves of these questionnaire versions, oldest first. */
    public static List<Wave> ofMunicipality(long municipalityId, Collection<Long> versionIds) {
        return list(
                "municipalityId = ?1 and questionnaireVersionId in ?2 order by opensOn, id",
                municipalityId,
                versionIds);
    }

    /** The day the municipality's first wave opened, if it has any. */
    public static Optional<LocalDate> firstOpeningOf(long municipalityId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(w.opensOn) from Wave w where w.municipalityId = ?1", LocalDate.class)
                .setParameter(1, municipalityId)
                .getSingleResult());
    }

    public static Optional<Wave> named(String name) {
        return find("name = ?1", name).firstResultOptional();
    }
}
