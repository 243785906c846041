package nl.betrokken.waves;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Scope;

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
    public OffsetDateTime burstBucket;

    @Column(name = "burst_size")
    public Integer burstSize;

    @PostPersist
    @PostUpdate
    @PostRemove
    void linkChanged() {
        LinkChanges.changed();
    }

    public static Optional<WaveInstitution> findBySlug(String slug) {
        return find("from WaveInstitution wi join fetch wi.wave join fetch wi.institution where wi.slug = ?1", slug)
                .firstResultOptional();
    }

    /** The wave's institutions the scope sees, by institution name. */
    static List<WaveInstitution> ofWaveSeenIn(Wave wave, Scope scope) {
        return scope.list(
                "from WaveInstitution wi join fetch wi.institution i where wi.wave = :wave and "
                        + scope.institutions("i") + " order by i.name",
                WaveInstitution.class,
                Map.of("wave", wave));
    }

    static long countOf(Wave wave) {
        return count("wave", wave);
    }

    public static List<WaveInstitution> ofWaveWithInstitution(Wave wave) {
        return list("from WaveInstitution wi join fetch wi.institution where wi.wave = ?1", wave);
    }

    public static Optional<WaveInstitution> of(Wave wave, Institution institution) {
        return find("wave = ?1 and institution = ?2", wave, institution).firstResultOptional();
    }

    public static Optional<WaveInstitution> anyOf(Wave wave) {
        return find("wave = ?1", wave).firstResultOptional();
    }
}
