package nl.betrokken.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many responses an institution's way in has received: sent and still being filled in. These
 * numbers are live on purpose (a school follows its response grow, and they are the denominators
 * of every figure); they say who answered how often, never what anyone answered.
 */
@ApplicationScoped
public class ResponseCounts {

    /** Sent and in-progress responses of one wave institution. */
    public record Count(long submitted, long inProgress) {}

    private final EntityManager entityManager;

    public ResponseCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Per wave institution. Sent responses come from the kept count plus the few not counted yet, so
     * this stays fast at a million responses and exact.
     */
    public Map<Long, Count> of(Collection<Long> waveInstitutions) {
        Map<Long, Count> counts = new HashMap<>();
        if (waveInstitutions.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select wi.id,
                       coalesce((select rc.respondents from respondent_count rc where rc.wave_institution_id = wi.id), 0)
                         + (select count(*) from response r
                            where r.status = 'SUBMITTED' and not r.aggregated and r.wave_institution_id = wi.id),
                       (select count(*) from response r where r.wave_institution_id = wi.id and r.status = 'IN_PROGRESS')
                from wave_institution wi where wi.id = any(:ids)
                """)
                .setParameter("ids", waveInstitutions.toArray(Long[]::new))
                .getResultList();
        for (Object[] row : rows) {
            counts.put(
                    ((Number) row[0]).longValue(),
                    new Count(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }
}
