package nl.betrokken.waves;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.time.Dates;
import nl.betrokken.security.AuditLog;

/**
 * A wave's channels: the places and people that reach parents besides the school's own link. Anyone
 * who sees the wave adds one (a school's lead its key person, the municipality the library); its links
 * are made for every school of the wave with an open link, and each user sees those of their own
 * schools. Who looked at which links is written to the audit trail, as for the school links.
 */
@ApplicationScoped
@Transactional
public class ChannelService {

    private final WaveService waves;
    private final AuditLog audit;

    public ChannelService(WaveService waves, AuditLog audit) {
        this.waves = waves;
        this.audit = audit;
    }

    public List<ChannelView> list(long waveId) {
        WaveService.Visible visible = waves.visible(waveId);
        return WaveChannel.ofWave(visible.wave()).stream()
                .map(c -> view(c, visible.rows()))
                .toList();
    }

    public ChannelView add(long waveId, ChannelRequest request) {
        WaveService.Visible visible = waves.visible(waveId);
        Wave wave = visible.wave();
        if (wave.status(Dates.today()) == WaveStatus.CLOSED) {
            throw new ConflictException(
                    "the wave is closed; a closed wave is not changed or opened again", "wave_closed_no_changes");
        }
        ChannelKind kind = ChannelKind.byCode(request.kind())
                .orElseThrow(
                        () -> new InvalidFieldException("kind", "must be one of " + kinds(), "channel_kind_unknown"));
        String name = request.name().strip();
        if (WaveChannel.ofWave(wave).stream().anyMatch(c -> c.name.equalsIgnoreCase(name))) {
            throw new InvalidFieldException(
                    "name", "this wave already has a channel with that name", "channel_name_taken");
        }
        WaveChannel channel = create(wave, name, kind);
        audit.record(
                "channel-added",
                "wave",
                wave.id,
                wave.municipalityId,
                wave.name + ": " + name + " (" + kind.label() + ")");
        return view(channel, visible.rows());
    }

    /** One channel with the links of the caller's schools; the view is written to the audit trail. */
    public ChannelView get(long waveId, long channelId) {
        WaveService.Visible visible = waves.visible(waveId);
        WaveChannel channel = WaveChannel.<WaveChannel>findByIdOptional(channelId)
                .filter(c -> c.wave.id.equals(visible.wave().id))
                .orElseThrow(() -> new NotFoundException("channel", channelId));
        ChannelView view = view(channel, visible.rows());
        audit.record(
                "viewed-links",
                "wave",
                visible.wave().id,
                visible.wave().municipalityId,
                "channel " + channel.name + ": " + view.schools().size() + " institutions");
        return view;
    }

    /** A channel with links for every school of the wave with an open link; checking who may is the caller's. */
    public static WaveChannel create(Wave wave, String name, ChannelKind kind) {
        WaveChannel channel = new WaveChannel();
        channel.wave = wave;
        channel.name = name;
        channel.kind = kind;
        channel.slug = ChannelLink.newSlug();
        channel.assistedSlug = ChannelLink.newSlug();
        channel.persist();
        for (WaveInstitution row : WaveInstitution.ofWaveWithInstitution(wave)) {
            if (row.access == Access.LINK) {
                ChannelLink.create(channel, row);
            }
        }
        return channel;
    }

    /** A school that joins a wave later gets the links of every channel, as the others did. */
    static void join(WaveInstitution row) {
        if (row.access == Access.LINK) {
            WaveChannel.ofWave(row.wave).forEach(channel -> ChannelLink.create(channel, row));
        }
    }

    /** A school that leaves a wave (before anyone answered there) takes its channel links along. */
    static void leave(WaveInstitution row) {
        ChannelLink.delete("waveInstitution", row);
    }

    private static ChannelView view(WaveChannel channel, List<WaveInstitution> seen) {
        Set<Long> ids = seen.stream().map(r -> r.id).collect(Collectors.toSet());
        List<ChannelView.SchoolLink> schools = ChannelLink.ofChannel(channel).stream()
                .filter(l -> ids.contains(l.waveInstitution.id))
                .map(l -> new ChannelView.SchoolLink(
                        l.waveInstitution.institution.id,
                        l.waveInstitution.institution.name,
                        "/s/" + l.slug,
                        "/s/" + l.assistedSlug))
                .toList();
        return new ChannelView(
                channel.id,
                channel.wave.id,
                channel.name,
                channel.kind,
                channel.kind.label(),
                "/k/" + channel.slug,
                "/k/" + channel.assistedSlug,
                schools);
    }

    private static String kinds() {
        return java.util.Arrays.stream(ChannelKind.values())
                .map(ChannelKind::code)
                .collect(Collectors.joining(", "));
    }
}
