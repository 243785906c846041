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
import java.util.Optional;

/**
 * A way a wave reaches parents besides the school's own link: a place or a person, with links of
 * its own (per school, and one for the whole municipality) so responses count per channel.
 */
@Entity
@Table(name = "wave_channel")
public class WaveChannel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "wave_id", nullable = false)
    public Wave wave;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChannelKind kind;

    /** The municipality-wide link /k/{slug}, where the parent picks the school. */
    @Column(nullable = false)
    public String slug;

    /** The same for a helper at the place: the responses it starts are marked as assisted. */
    @Column(name = "assisted_slug", nullable = false)
    public String assistedSlug;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @PostPersist
    @PostUpdate
    @PostRemove
    void linkChanged() {
        LinkChanges.changed();
    }

    public static List<WaveChannel> ofWave(Wave wave) {
        return list("wave = ?1 order by name", wave);
    }

    /** The channel and whether the link was the helper's one. */
    public record Found(WaveChannel channel, boolean assisted) {}

    public static Optional<Found> bySlug(String slug) {
        return find("from WaveChannel c join fetch c.wave where c.slug = ?1 or c.assistedSlug = ?1", slug)
                .<WaveChannel>firstResultOptional()
                .map(c -> new Found(c, slug.equals(c.assistedSlug)));
    }
}
