package nl.betrokken.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Reads the aggregates of a set of wave institutions and adds them up: the numbers every figure
 * is computed from. It never reads a response.
 */
@ApplicationScoped
public class Counts {

    /** Aggregates of some wave institutions, each kept per wave institution so groups can be formed. */
    public record Snapshot(Map<Long, Long> respondents, Map<Long, Map<String, Map<String, Long>>> answers,
            Map<Long, Map<String, long[]>> indicators, Map<Long, Map<String, Map<String, double[]>>> scales) {

        public long respondents(Collection<Long> rows) {
            return rows.stream().mapToLong(r -> respondents.getOrDefault(r, 0L)).sum();
        }

        /** positive and answered of an indicator, added over the rows. */
        public long[] indicator(Collection<Long> rows, String indicator) {
            long[] sum = new long[2];
            for (Long row : rows) {
                long[] c = indicators.getOrDefault(row, Map.of()).get(indicator);
                if (c != null) {
                    sum[0] += c[0];
                    sum[1] += c[1];
                }
            }
            return sum;
        }

        /** Respondents per answer of an item key ('*' = answered at all), added over the rows. */
        public Map<String, Long> answers(Collection<Long> rows, String key) {
            Map<String, Long> sum = new HashMap<>();
            for (Long row : rows) {
                answers.getOrDefault(row, Map.of()).getOrDefault(key, Map.of()).forEach((answer, n) -> sum.merge(answer, n, Long::sum));
            }
            return sum;
        }

        /** n, sum, sum of squares per part of a scale, added over the rows. */
        public Map<String, double[]> scale(Collection<Long> rows, String scale) {
            Map<String, double[]> sum = new HashMap<>();
            for (Long row : rows) {
                scales.getOrDefault(row, Map.of()).getOrDefault(scale, Map.of()).forEach((part, m) -> {
                    double[] s = sum.computeIfAbsent(part, k -> new double[3]);
                    s[0] += m[0];
                    s[1] += m[1];
                    s[2] += m[2];
                });
            }
            return sum;
        }
    }

    private final EntityManager entityManager;

    public Counts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public Snapshot read(Collection<Long> waveInstitutions) {
        Map<Long, Long> respondents = new HashMap<>();
        Map<Long, Map<String, Map<String, Long>>> answers = new HashMap<>();
        Map<Long, Map<String, long[]>> indicators = new HashMap<>();
        Map<Long, Map<String, Map<String, double[]>>> scales = new HashMap<>();
        if (waveInstitutions.isEmpty()) {
            return new Snapshot(respondents, answers, indicators, scales);
        }
        Long[] ids = new ArrayList<>(waveInstitutions).toArray(Long[]::new);
        for (Object[] row : (List<Object[]>) query("select wave_institution_id, respondents from respondent_count"
                + " where wave_institution_id = any(:ids)", ids)) {
            respondents.put(id(row[0]), ((Number) row[1]).longValue());
        }
        for (Object[] row : (List<Object[]>) query("select wave_institution_id, item_key, answer, respondents from answer_count"
                + " where wave_institution_id = any(:ids)", ids)) {
            answers.computeIfAbsent(id(row[0]), k -> new HashMap<>()).computeIfAbsent((String) row[1], k -> new HashMap<>())
                    .put((String) row[2], ((Number) row[3]).longValue());
        }
        for (Object[] row : (List<Object[]>) query("select wave_institution_id, indicator_id, positive, answered"
                + " from indicator_count where wave_institution_id = any(:ids)", ids)) {
            indicators.computeIfAbsent(id(row[0]), k -> new HashMap<>()).put((String) row[1],
                    new long[] { ((Number) row[2]).longValue(), ((Number) row[3]).longValue() });
        }
        for (Object[] row : (List<Object[]>) query("select wave_institution_id, scale_id, part, n, total, squares"
                + " from scale_moment where wave_institution_id = any(:ids)", ids)) {
            scales.computeIfAbsent(id(row[0]), k -> new HashMap<>()).computeIfAbsent((String) row[1], k -> new HashMap<>())
                    .put((String) row[2], new double[] { ((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue(),
                            ((Number) row[5]).doubleValue() });
        }
        return new Snapshot(respondents, answers, indicators, scales);
    }

    private List<?> query(String sql, Long[] ids) {
        return entityManager.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
