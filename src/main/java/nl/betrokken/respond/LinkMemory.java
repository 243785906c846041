package nl.betrokken.respond;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.betrokken.definitions.answers.AnswerWay;
import nl.betrokken.waves.Access;
import nl.betrokken.waves.ChannelLink;
import nl.betrokken.waves.LinkChanges;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveStatus;

/**
 * What a respondent's link leads to (the school's part of a wave, the channel, the questionnaire version), kept in
 * memory for a few seconds. Every page a parent fetches or sends names its link, and reading the school, the wave and
 * the channel again each time was the answering path's busiest query after the response itself. A change this service
 * makes to a wave or its links is seen at once ({@link LinkChanges}); one made by another instance within the memory's
 * life. The wave's status is worked out from its dates on every request, so a wave still closes at midnight.
 */
@ApplicationScoped
class LinkMemory {

    /** Enough for every link of a large municipality's waves; past it, the memory starts again rather than grow. */
    private static final int MOST = 20_000;

    /** The facts about a link that answering needs, without the entities they came from. */
    record Link(
            long rowId,
            Access access,
            long institutionId,
            String institutionName,
            long questionnaireVersionId,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate closedEarlyOn,
            Long channelId,
            AnswerWay way) {

        WaveStatus status(LocalDate today) {
            return WaveStatus.of(opensOn, closesOn, closedEarlyOn, today);
        }

        static Link of(WaveInstitution row, Long channelId, AnswerWay way) {
            return new Link(
                    row.id,
                    row.access,
                    row.institution.id,
                    row.institution.name,
                    row.wave.questionnaireVersionId,
                    row.wave.opensOn,
                    row.wave.closesOn,
                    row.wave.closedEarlyOn,
                    channelId,
                    way);
        }
    }

    private record Remembered(Link link, long changes, long until) {}

    private final ConcurrentHashMap<String, Remembered> links = new ConcurrentHashMap<>();
    private final long lifeNanos;

    LinkMemory(RespondConfig config) {
        this.lifeNanos = config.linkMemory().toNanos();
    }

    /** The link with this slug (a school's own, a channel's or a helper's), read from the database when not remembered. */
    Optional<Link> bySlug(String slug) {
        long changes = LinkChanges.count();
        long now = System.nanoTime();
        Remembered remembered = links.get(slug);
        if (remembered != null && remembered.changes() == changes && now - remembered.until() < 0) {
            return Optional.of(remembered.link());
        }
        Optional<Link> read = read(slug);
        if (read.isEmpty()) {
            // unknown slugs are not remembered: guessing them must not fill the memory
            links.remove(slug);
            return read;
        }
        if (links.size() >= MOST) {
            links.clear();
        }
        links.put(slug, new Remembered(read.get(), changes, now + lifeNanos));
        return read;
    }

    private static Optional<Link> read(String slug) {
        Optional<WaveInstitution> own = WaveInstitution.findBySlug(slug);
        if (own.isPresent()) {
            return Optional.of(Link.of(own.get(), null, AnswerWay.SELF));
        }
        return ChannelLink.bySlug(slug)
                .map(found -> Link.of(
                        found.row(), found.channel().id, found.assisted() ? AnswerWay.ASSISTED : AnswerWay.SELF));
    }
}
