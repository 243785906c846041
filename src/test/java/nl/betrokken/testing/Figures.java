package nl.betrokken.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.betrokken.counting.Aggregator;
import nl.betrokken.disclosure.Publication;

/**
 * Counts every sent response and publishes the figures of every wave, as an analyst's "publish now"
 * does. Tests run without the scheduled publication, so what they read never depends on a race.
 */
@ApplicationScoped
public class Figures {

    private final Aggregator aggregator;
    private final Publication publication;
    private final EntityManager entityManager;

    public Figures(Aggregator aggregator, Publication publication, EntityManager entityManager) {
        this.aggregator = aggregator;
        this.publication = publication;
        this.entityManager = entityManager;
    }

    public void publish() {
        aggregator.catchUp();
        @SuppressWarnings("unchecked")
        List<Long> waves = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select id from wave where final_published_at is null order by id", Long.class)
                        .getResultList());
        waves.forEach(id -> publication.publish(id, Publication.Occasion.NOW));
    }

    /** Publishes one wave now (the growth rule still applies); what the analyst's button does. */
    public Publication.Outcome publish(long waveId) {
        aggregator.catchUp();
        return publication.publish(waveId, Publication.Occasion.NOW);
    }
}
