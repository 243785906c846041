package nl.betrokken.counting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.betrokken.common.database.DatabaseUnavailable;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.ItemScale;
import nl.betrokken.definitions.model.Questionnaire;
import org.jboss.logging.Logger;

/**
 * Keeps the aggregates up to date: every couple of seconds it claims a batch of sent, not yet
 * counted responses ("for update skip locked", so several replicas can share the work), adds them
 * with set-based statements and marks them counted, all in one transaction, so a response is
 * counted exactly once. Sending a response stays a single-row update; counting happens here, in
 * batches. A rebuild empties the aggregates and counts everything again along the same path.
 */
@ApplicationScoped
public class Aggregator {

    private static final Logger LOG = Logger.getLogger(Aggregator.class);
    static final int BATCH = 2000;

    private final EntityManager entityManager;
    private final QuestionnaireCatalog catalog;

    public Aggregator(EntityManager entityManager, QuestionnaireCatalog catalog) {
        this.entityManager = entityManager;
        this.catalog = catalog;
    }

    @Scheduled(
            every = "${betrokken.analysis.aggregate-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void scheduled() {
        DatabaseUnavailable.retriedLater(LOG, "Counting sent responses", this::catchUp);
    }

    /** Counts every sent response not counted yet; returns how many it counted. */
    public long catchUp() {
        long total = 0;
        int counted;
        do {
            counted = QuarkusTransaction.requiringNew().call(this::countOneBatch);
            total += counted;
        } while (counted == BATCH);
        return total;
    }

    @SuppressWarnings("unchecked")
    private int countOneBatch() {
        List<Object[]> claimed = entityManager
                .createNativeQuery("""
                with claimed as (
                    update response set aggregated = true
                    where id in (select id from response
                                 where status = 'SUBMITTED' and not aggregated and wave_institution_id is not null
                                 order by id limit :batch for update skip locked)
                    returning id, questionnaire_version_id)
                select id, questionnaire_version_id from claimed
                """)
                .setParameter("batch", BATCH)
                .getResultList();
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Long, List<Long>> byVersion = claimed.stream()
                .collect(Collectors.groupingBy(
                        row -> ((Number) row[1]).longValue(),
                        Collectors.mapping(row -> ((Number) row[0]).longValue(), Collectors.toList())));
        Map<Long, QuestionnaireCatalog.Entry> versions = catalog.byVersionId();
        List<Long> all = new ArrayList<>();
        byVersion.forEach((versionId, ids) -> {
            all.addAll(ids);
            Questionnaire questionnaire = versions.get(versionId).questionnaire();
            run(AggregateSql.answers(questionnaire), ids);
            for (Indicator indicator : questionnaire.indicators()) {
                run(AggregateSql.indicator(questionnaire, indicator), ids);
            }
            for (ItemScale scale : questionnaire.scales()) {
                run(AggregateSql.scale(questionnaire, scale), ids);
            }
            String segmentAnswers = AggregateSql.segmentAnswers(questionnaire);
            if (segmentAnswers != null) {
                run(segmentAnswers, ids);
            }
            String segmentIndicators = AggregateSql.segmentIndicators(questionnaire);
            if (segmentIndicators != null) {
                run(segmentIndicators, ids);
            }
            String answerIndicators = AggregateSql.answerIndicators(questionnaire);
            if (answerIndicators != null) {
                run(answerIndicators, ids);
            }
        });
        run(AggregateSql.RESPONDENTS, all);
        run(AggregateSql.SEGMENT_RESPONDENTS, all);
        return claimed.size();
    }

    private void run(String sql, List<Long> ids) {
        entityManager
                .createNativeQuery(sql)
                .setParameter("ids", ids.toArray(Long[]::new))
                .executeUpdate();
    }

    /** Empties the aggregates and counts every sent response again; returns how many it counted. */
    public long rebuild() {
        QuarkusTransaction.requiringNew().run(() -> {
            // one statement at a time, under a lock that keeps the scheduled counter out meanwhile; on a
            // million responses this takes longer than the statement timeout meant for requests
            entityManager.createNativeQuery("set local statement_timeout = 0").executeUpdate();
            entityManager
                    .createNativeQuery("lock table respondent_count, answer_count, indicator_count, scale_moment,"
                            + " segment_count"
                            + " in exclusive mode")
                    .executeUpdate();
            for (String table :
                    List.of("respondent_count", "answer_count", "indicator_count", "scale_moment", "segment_count")) {
                entityManager.createNativeQuery("delete from " + table).executeUpdate();
            }
            entityManager
                    .createNativeQuery("update response set aggregated = false where aggregated")
                    .executeUpdate();
        });
        catchUpFully();
        long counted = counted();
        LOG.infof("Rebuilt the aggregates from %d sent responses", counted);
        return counted;
    }

    /**
     * Counts every sent response, also those another counter (the scheduled one, another replica) holds in
     * a batch of its own: returns once none is left uncounted, so figures published next include them all.
     */
    public void catchUpFully() {
        catchUp();
        while (backlog() > 0) {
            catchUp();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for another counter", e);
            }
        }
    }

    /** Sent responses the aggregates hold. */
    @Transactional
    long counted() {
        return ((Number) entityManager
                        .createNativeQuery("select coalesce(sum(respondents), 0) from respondent_count")
                        .getSingleResult())
                .longValue();
    }

    /** Responses sent but not counted yet: what a dashboard may lag behind by. */
    @Transactional
    public long backlog() {
        return ((Number) entityManager
                        .createNativeQuery(
                                "select count(*) from response where status = 'SUBMITTED' and not aggregated and wave_institution_id is not null")
                        .getSingleResult())
                .longValue();
    }
}
