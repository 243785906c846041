package nl.betrokken.waves;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.List;
import java.util.Optional;
import nl.betrokken.security.Tokens;

/** A channel's own link into one school's part of a wave, and the helper's link beside it. */
@Entity
@Table(name = "channel_link")
public class ChannelLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "wave_channel_id", nullable = false)
    public WaveChannel channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "wave_institution_id", nullable = false)
    public WaveInstitution waveInstitution;

    @Column(nullable = false)
    public String slug;

    @Column(name = "assisted_slug", nullable = false)
    public String assistedSlug;

    static ChannelLink create(WaveChannel channel, WaveInstitution row) {
        ChannelLink link = new ChannelLink();
        link.channel = channel;
        link.waveInstitution = row;
        link.slug = newSlug();
        link.assistedSlug = newSlug();
        link.persist();
        return link;
    }

    static String newSlug() {
        return Tokens.newToken().substring(0, 22);
    }

    /** Where a followed link leads: the school's part of the wave, the channel, and whether a helper holds it. */
    public record Found(WaveInstitution row, WaveChannel channel, boolean assisted) {}

    @PostPersist
    @PostUpdate
    @PostRemove
    void linkChanged() {
        LinkChanges.changed();
    }

    public static Optional<Found> bySlug(String slug) {
        return find(
                        "from ChannelLink l join fetch l.channel join fetch l.waveInstitution wi join fetch wi.wave"
                                + " join fetch wi.institution where l.slug = ?1 or l.assistedSlug = ?1",
                        slug)
                .<ChannelLink>firstResultOptional()
                .map(l -> new Found(l.waveInstitution, l.channel, slug.equals(l.assistedSlug)));
    }

    public static Optional<ChannelLink> of(WaveChannel channel, WaveInstitution row) {
        return find("channel = ?1 and waveInstitution = ?2", channel, row).firstResultOptional();
    }

    public static List<ChannelLink> ofChannel(WaveChannel channel) {
        return list(
                "from ChannelLink l join fetch l.waveInstitution wi join fetch wi.institution i where l.channel = ?1"
                        + " order by i.name",
                channel);
    }
}
