package nl.betrokken.waves;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

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

    public WaveStatus status(LocalDate today) {
        return WaveStatus.of(opensOn, closesOn, closedEarlyOn, today);
    }
}
