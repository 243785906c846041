package nl.betrokken.disclosure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.common.database.DatabaseUnavailable;
import nl.betrokken.common.time.Dates;
import nl.betrokken.counting.Aggregator;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.organisations.Municipality;
import org.jboss.logging.Logger;

/**
 * Publishes the figures of waves: copies live counts into the published cells every figure is read
 * from. A cell is published when it first reaches the threshold; after that it changes only when
 * the answers behind it have grown by at least the threshold since its last publication (so the
 * difference never describes fewer people than a figure may), and, while the wave is open, at most
 * once per {@link Rules#publishEvery()} (the municipality's, or {@link DisclosureConfig#publishEvery()}). An analyst's "publish now" and the final
 * publication of a closed wave skip the wait but keep the growth rule: a few answers that came in
 * after the last publication stay out of the figures rather than be revealed by the difference.
 */
@ApplicationScoped
public class Publication {

    private static final Logger LOG = Logger.getLogger(Publication.class);

    /** Why a publication runs. */
    public enum Occasion {
        /** The regular check: waits for the interval. */
        SCHEDULED,
        /** An analyst asked for it (before an LEA meeting, say). */
        NOW,
        /** The wave has closed: the last publication. */
        FINAL
    }

    /** What a publication did: cells published, and cells whose new answers were too few to publish. */
    public record Outcome(int published, int heldBack, boolean finished) {}

    private final EntityManager entityManager;
    private final CellStore cells;
    private final QuestionnaireCatalog catalog;
    private final DisclosureConfig config;
    private final Aggregator aggregator;

    public Publication(
            EntityManager entityManager,
            CellStore cells,
            QuestionnaireCatalog catalog,
            DisclosureConfig config,
            Aggregator aggregator) {
        this.entityManager = entityManager;
        this.cells = cells;
        this.catalog = catalog;
        this.config = config;
        this.aggregator = aggregator;
    }

    @Scheduled(
            every = "${betrokken.disclosure.check-every:1m}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        DatabaseUnavailable.retriedLater(LOG, "Publishing figures", this::publishDue);
    }

    /** Every wave that has opened and has not had its final publication: closed ones get it now. */
    public void publishDue() {
        record Due(long id, boolean closed) {}
        @SuppressWarnings("unchecked")
        List<Due> waves = QuarkusTransaction.requiringNew()
                .call(() -> ((List<Object[]>) entityManager
                                .createNativeQuery(
                                        "select id, closes_on < :today or coalesce(closed_early_on <= :today, false) from wave"
                                                + " where final_published_at is null and opens_on <= :today order by id")
                                .setParameter("today", Dates.today())
                                .getResultList())
                        .stream()
                                .map(r -> new Due(((Number) r[0]).longValue(), (Boolean) r[1]))
                                .toList());
        for (Due wave : waves) {
            QuarkusTransaction.requiringNew()
                    .run(() -> publish(wave.id(), wave.closed() ? Occasion.FINAL : Occasion.SCHEDULED));
        }
    }

    /**
     * Publishes one wave. Callers check who may ask; a second replica publishing the same wave at the
     * same moment makes this one a no-op.
     */
    @Transactional
    public Outcome publish(long waveId, Occasion occasion) {
        if (occasion != Occasion.SCHEDULED) {
            // whoever asks for figures now means the answers sent until now, not those the counter reached
            aggregator.catchUp();
        }
        record Locked(long versionId, long municipalityId, boolean finalPublished) {}
        @SuppressWarnings("unchecked")
        Optional<Locked> locked = ((List<Object[]>) entityManager
                        .createNativeQuery(
                                "select questionnaire_version_id,"
                                        + " municipality_id, final_published_at from wave where id = :id for update skip locked")
                        .setParameter("id", waveId)
                        .getResultList())
                .stream()
                        .map(r -> new Locked(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), r[2] != null))
                        .findFirst();
        if (locked.isEmpty() || locked.get().finalPublished()) {
            return new Outcome(0, 0, locked.isPresent());
        }
        Questionnaire questionnaire =
                catalog.byVersionId().get(locked.get().versionId()).questionnaire();
        Municipality municipality = Municipality.findById(locked.get().municipalityId());
        Rules rules = Rules.of(municipality, config);
        int threshold = rules.threshold(questionnaire.audience());
        @SuppressWarnings("unchecked")
        List<Long> units = entityManager
                .createNativeQuery("select id from wave_institution where wave_id = :id", Long.class)
                .setParameter("id", waveId)
                .getResultList();

        OffsetDateTime now = OffsetDateTime.now();
        Map<CellKey, CellStore.Published> published = cells.published(units);
        Choice choice = choose(
                cells.live(units, new CellSizes(questionnaire)),
                published,
                threshold,
                occasion == Occasion.SCHEDULED ? now.minus(rules.publishEvery()) : null);
        Map<CellKey, Cell> chosen = choice.chosen();
        int heldBack = choice.heldBack();
        cells.publish(chosen, now);
        boolean finished = false;
        if (occasion == Occasion.FINAL) {
            finished = backlog(waveId) == 0;
            if (finished) {
                Map<CellKey, Cell> whole = new LinkedHashMap<>();
                published.forEach((key, cell) -> whole.put(key, cell.cell()));
                whole.putAll(chosen);
                Map<CellKey, Cell> segments = SegmentPublication.choose(
                        cells.liveSegments(units, new CellSizes(questionnaire)), whole, threshold);
                cells.publish(segments, now);
                entityManager
                        .createNativeQuery("update wave set final_published_at = :now where id = :id")
                        .setParameter("now", now)
                        .setParameter("id", waveId)
                        .executeUpdate();
            }
        }
        if (!chosen.isEmpty() || finished) {
            LOG.infof(
                    "Published %d figure cells of wave %d (%s)%s",
                    chosen.size(),
                    waveId,
                    occasion.name().toLowerCase(),
                    heldBack > 0 ? "; " + heldBack + " wait for more answers" : "");
        }
        return new Outcome(chosen.size(), heldBack, finished);
    }

    /**
     * Publishes the theme counts analysts coded a wave's open answers with, when an analyst asks (also after
     * the wave's final publication, since coding mostly follows it). The growth rule holds as for every
     * other cell: once shown, a theme cell changes only when at least the threshold more answers have been
     * coded, so no difference between two publications describes fewer answers than a figure may.
     */
    @Transactional
    public Outcome publishThemes(long waveId) {
        @SuppressWarnings("unchecked")
        List<Object[]> wave = entityManager
                .createNativeQuery(
                        "select questionnaire_version_id, municipality_id from wave where id = :id for update")
                .setParameter("id", waveId)
                .getResultList();
        if (wave.isEmpty()) {
            return new Outcome(0, 0, false);
        }
        Questionnaire questionnaire =
                catalog.byVersionId().get(((Number) wave.get(0)[0]).longValue()).questionnaire();
        Municipality municipality = Municipality.findById(((Number) wave.get(0)[1]).longValue());
        int threshold = Rules.of(municipality, config).threshold(questionnaire.audience());
        @SuppressWarnings("unchecked")
        List<Long> units = entityManager
                .createNativeQuery("select id from wave_institution where wave_id = :id", Long.class)
                .setParameter("id", waveId)
                .getResultList();
        Choice choice =
                choose(cells.liveThemes(units, new CellSizes(questionnaire)), cells.published(units), threshold, null);
        cells.publish(choice.chosen(), OffsetDateTime.now());
        return new Outcome(choice.chosen().size(), choice.heldBack(), false);
    }

    private record Choice(Map<CellKey, Cell> chosen, int heldBack) {}

    /**
     * The live cells to publish: those that reach the threshold for the first time, and those shown before
     * whose answers have grown by at least the threshold since (and, when {@code due} is set, were last
     * published before it). The others are held back when they differ from what is published.
     */
    private static Choice choose(
            Map<CellKey, Cell> live, Map<CellKey, CellStore.Published> published, int threshold, OffsetDateTime due) {
        Map<CellKey, Cell> chosen = new LinkedHashMap<>();
        int heldBack = 0;
        for (Map.Entry<CellKey, Cell> cell : live.entrySet()) {
            CellStore.Published before = published.get(cell.getKey());
            long n = cell.getValue().n();
            boolean wasShown = before != null && before.cell().n() >= threshold;
            if (n >= threshold
                    && (!wasShown
                            || n - before.cell().n() >= threshold
                                    && (due == null || !before.at().isAfter(due)))) {
                chosen.put(cell.getKey(), cell.getValue());
            } else if (before == null ? n > 0 : !before.cell().equals(cell.getValue())) {
                heldBack++;
            }
        }
        return new Choice(chosen, heldBack);
    }

    /**
     * When figures of these wave institutions were last published; null when none were. Only those the
     * caller sees: when another school's figures moved is not theirs to learn.
     */
    @Transactional
    public OffsetDateTime lastPublished(Collection<Long> waveInstitutions) {
        if (waveInstitutions.isEmpty()) {
            return null;
        }
        Object latest = entityManager
                .createNativeQuery(
                        "select max(published_at) from published_cell" + " where wave_institution_id = any(:ids)")
                .setParameter("ids", waveInstitutions.toArray(Long[]::new))
                .getSingleResult();
        return latest == null ? null : CellStore.time(latest);
    }

    /** Sent responses of the wave the counter has not reached yet: the final publication waits for them. */
    private long backlog(long waveId) {
        return ((Number) entityManager
                        .createNativeQuery(
                                "select count(*) from response r join wave_institution wi"
                                        + " on wi.id = r.wave_institution_id where wi.wave_id = :id and r.status = 'SUBMITTED' and not r.aggregated")
                        .setParameter("id", waveId)
                        .getSingleResult())
                .longValue();
    }
}
