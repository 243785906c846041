package nl.betrokken.disclosure;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Notices bursts: many responses sent through one link within a few minutes, which is what someone
 * padding a small school with answers of their own looks like (and also a parents' evening, which
 * is why it is a warning, not a block). It keeps counts per link per window for a day, nothing that
 * points to a response.
 */
@ApplicationScoped
public class LinkActivity {

    private final EntityManager entityManager;
    private final DisclosureConfig config;

    public LinkActivity(EntityManager entityManager, DisclosureConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Counts one sent response of a wave institution, in the transaction that sends it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(long waveInstitutionId) {
        long window = config.burstWindow().toSeconds();
        OffsetDateTime bucket = Instant.ofEpochSecond(Instant.now().getEpochSecond() / window * window)
                .atOffset(ZoneOffset.UTC);
        entityManager
                .createNativeQuery("""
                with counted as (
                    insert into link_activity (wave_institution_id, bucket, submitted) values (:id, :bucket, 1)
                    on conflict (wave_institution_id, bucket) do update set submitted = link_activity.submitted + 1
                    returning submitted)
                update wave_institution set burst_bucket = :bucket, burst_size = (select submitted from counted)
                where id = :id and (select submitted from counted) >= :burst
                  and coalesce(burst_size, 0) < (select submitted from counted)
                """)
                .setParameter("id", waveInstitutionId)
                .setParameter("bucket", bucket)
                .setParameter("burst", config.burstResponses())
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forget() {
        entityManager
                .createNativeQuery("delete from link_activity where bucket < now() - interval '1 day'")
                .executeUpdate();
    }
}
