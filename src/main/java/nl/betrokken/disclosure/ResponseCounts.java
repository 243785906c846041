package nl.betrokken.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.betrokken.common.time.Dates;

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

    /**
     * Sent responses per wave institution and segment (channel, and the way they were given), kept and
     * not yet counted together like {@link #of}: numbers of respondents, live, never answers.
     */
    public Map<Long, Map<Segment, Long>> perSegment(Collection<Long> waveInstitutions) {
        Map<Long, Map<Segment, Long>> counts = new HashMap<>();
        if (waveInstitutions.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select wave_institution_id, segment, sum(n) from (
                    select wave_institution_id, segment, respondents as n from segment_count
                    where kind = 'respondents' and wave_institution_id = any(:ids)
                    union all
                    select r.wave_institution_id, s.segment, count(*) from response r
                    cross join lateral (values ('channel:' || coalesce(r.channel_id, 0)), ('way:' || r.answer_way)) s(segment)
                    where r.status = 'SUBMITTED' and not r.aggregated and r.wave_institution_id = any(:ids)
                    group by 1, 2) c
                group by 1, 2
                """)
                .setParameter("ids", waveInstitutions.toArray(Long[]::new))
                .getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                    .put(new Segment((String) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    /**
     * How many responses each wave institution had sent by the end of each Dutch day on which one was
     * sent: the live count above as it stood at midnight, so a chart of them shows nothing the live
     * count did not show that day (a day's own number is the difference of two of these, exactly as
     * someone looking at the live count every evening would see). Days without responses are left out.
     */
    public Map<Long, TreeMap<LocalDate, Long>> cumulativePerDay(Collection<Long> waveInstitutions) {
        Map<Long, TreeMap<LocalDate, Long>> days = new HashMap<>();
        if (waveInstitutions.isEmpty()) {
            return days;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select r.wave_institution_id, cast(r.submitted_at at time zone :zone as date), count(*)
                from response r
                where r.wave_institution_id = any(:ids) and r.status = 'SUBMITTED' and r.submitted_at is not null
                group by 1, 2
                """)
                .setParameter("ids", waveInstitutions.toArray(Long[]::new))
                .setParameter("zone", Dates.ZONE.getId())
                .getResultList();
        for (Object[] row : rows) {
            LocalDate day = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
            days.computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeMap<>())
                    .put(day, ((Number) row[2]).longValue());
        }
        for (TreeMap<LocalDate, Long> perDay : days.values()) {
            long total = 0;
            for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
                total += day.getValue();
                day.setValue(total);
            }
        }
        return days;
    }
}
