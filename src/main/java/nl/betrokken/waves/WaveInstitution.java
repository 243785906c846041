package nl.betrokken.waves;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.betrokken.organisations.Institution;

/** An institution taking part in a wave, with its own way in and the number it counts responses against. */
@Entity
@Table(name = "wave_institution")
public class WaveInstitution extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "wave_id", nullable = false)
    public Wave wave;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    public Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Access access;

    /** The unguessable part of the link, /s/{slug}. */
    @Column(nullable = false)
    public String slug;

    /** The number of parents (or staff) the response rate is counted against, if known. */
    public Integer population;

    /** The most single-use codes that may exist for it, set by an analyst; null: its population plus a margin. */
    @Column(name = "code_limit")
    public Integer codeLimit;

    /** The ten minutes in which its link received an unusual burst of responses, and how many; null: none seen. */
    @Column(name = "burst_bucket")
    public java.time.OffsetDateTime burstBucket;

    @Column(name = "burst_size")
    public Integer burstSize;

    public static java.util.Optional<WaveInstitution> findBySlug(String slug) {
        return find("from WaveInstitution wi join fetch wi.wave join fetch wi.institution where wi.slug = ?1", slug)
                .firstResultOptional();
    }
}
