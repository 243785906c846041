package nl.betrokken.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the live aggregates (for publishing only) and the published cells (for every figure), and
 * writes publications. The only class that touches these tables besides the counter that fills
 * the live ones.
 */
@ApplicationScoped
class CellStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A published cell and when it was published. */
    record Published(Cell cell, OffsetDateTime at) {}

    private final EntityManager entityManager;
    private final Publications publications;

    CellStore(EntityManager entityManager, Publications publications) {
        this.entityManager = entityManager;
        this.publications = publications;
    }

    /** The live counts of these wave institutions, cell by cell, with their sizes. */
    Map<CellKey, Cell> live(Collection<Long> waveInstitutions, CellSizes sizes) {
        Map<CellKey, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<CellKey, Map<String, double[]>> moments = new LinkedHashMap<>();
        if (waveInstitutions.isEmpty()) {
            return Map.of();
        }
        Long[] ids = waveInstitutions.toArray(Long[]::new);
        record AnswerCount(CellKey key, String answer, long respondents) {}
        for (AnswerCount row : rows(
                "select wave_institution_id, item_key, answer, respondents from answer_count"
                        + " where wave_institution_id = any(:ids)",
                ids,
                r -> new AnswerCount(new CellKey(id(r[0]), CellKind.ITEM, (String) r[1]), (String) r[2], id(r[3])))) {
            counts.computeIfAbsent(row.key(), k -> new HashMap<>()).put(row.answer(), row.respondents());
        }
        record IndicatorCount(CellKey key, long positive, long answered) {}
        for (IndicatorCount row : rows(
                "select wave_institution_id, indicator_id, positive, answered from indicator_count"
                        + " where wave_institution_id = any(:ids)",
                ids,
                r -> new IndicatorCount(
                        new CellKey(id(r[0]), CellKind.INDICATOR, (String) r[1]), id(r[2]), id(r[3])))) {
            counts.put(row.key(), Map.of("positive", row.positive(), "answered", row.answered()));
        }
        record Moment(CellKey key, String part, double[] moments) {}
        for (Moment row : rows(
                "select wave_institution_id, scale_id, part, n, total, squares from scale_moment"
                        + " where wave_institution_id = any(:ids)",
                ids,
                r -> new Moment(new CellKey(id(r[0]), CellKind.SCALE, (String) r[1]), (String) r[2], new double[] {
                    number(r[3]), number(r[4]), number(r[5])
                }))) {
            moments.computeIfAbsent(row.key(), k -> new HashMap<>()).put(row.part(), row.moments());
        }
        Map<CellKey, Cell> cells = countCells(counts, sizes);
        moments.forEach((key, m) ->
                cells.put(key, new Cell(sizes.of(key.kind(), key.measure(), Map.of(), m), Map.of(), m)));
        return cells;
    }

    /**
     * The live counts per segment (background answers and indicators) of these wave institutions, as
     * cells of the segment kinds, with their sizes: for the final publication only.
     */
    Map<CellKey, Cell> liveSegments(Collection<Long> waveInstitutions, CellSizes sizes) {
        if (waveInstitutions.isEmpty()) {
            return Map.of();
        }
        record SegmentCount(CellKey key, String answer, long respondents) {}
        Map<CellKey, Map<String, Long>> counts = new LinkedHashMap<>();
        for (SegmentCount row : rows(
                "select wave_institution_id, segment, kind, measure, answer, respondents from segment_count"
                        + " where kind in ('item', 'indicator') and wave_institution_id = any(:ids)",
                waveInstitutions.toArray(Long[]::new),
                r -> new SegmentCount(
                        new CellKey(
                                id(r[0]),
                                "item".equals(r[2]) ? CellKind.SEGMENT_ITEM : CellKind.SEGMENT_INDICATOR,
                                CellKind.segmentMeasure(new Segment((String) r[1]), (String) r[3])),
                        (String) r[4],
                        id(r[5])))) {
            counts.computeIfAbsent(row.key(), k -> new HashMap<>()).put(row.answer(), row.respondents());
        }
        return countCells(counts, sizes);
    }

    /** The live theme counts of these wave institutions, as cells of kind theme: measure the open item. */
    Map<CellKey, Cell> liveThemes(Collection<Long> waveInstitutions, CellSizes sizes) {
        if (waveInstitutions.isEmpty()) {
            return Map.of();
        }
        record ThemeCount(CellKey key, String theme, long respondents) {}
        Map<CellKey, Map<String, Long>> counts = new LinkedHashMap<>();
        for (ThemeCount row : rows(
                "select wave_institution_id, item_id, theme, respondents from theme_count"
                        + " where wave_institution_id = any(:ids)",
                waveInstitutions.toArray(Long[]::new),
                r -> new ThemeCount(new CellKey(id(r[0]), CellKind.THEME, (String) r[1]), (String) r[2], id(r[3])))) {
            counts.computeIfAbsent(row.key(), k -> new HashMap<>()).put(row.theme(), row.respondents());
        }
        return countCells(counts, sizes);
    }

    private static Map<CellKey, Cell> countCells(Map<CellKey, Map<String, Long>> counts, CellSizes sizes) {
        Map<CellKey, Cell> cells = new LinkedHashMap<>();
        counts.forEach((key, c) ->
                cells.put(key, new Cell(sizes.of(key.kind(), key.measure(), c, Map.of()), c, Map.of())));
        return cells;
    }

    /** The published cells of these wave institutions. */
    Map<CellKey, Published> published(Collection<Long> waveInstitutions) {
        Map<CellKey, Published> cells = new HashMap<>();
        if (waveInstitutions.isEmpty()) {
            return cells;
        }
        record Row(CellKey key, long n, String counts, OffsetDateTime at) {}
        for (Row row : rows(
                "select wave_institution_id, kind, measure, n, counts::text, published_at from published_cell"
                        + " where wave_institution_id = any(:ids)",
                waveInstitutions.toArray(Long[]::new),
                r -> new Row(
                        new CellKey(id(r[0]), CellKind.byCode((String) r[1]), (String) r[2]),
                        id(r[3]),
                        (String) r[4],
                        time(r[5])))) {
            cells.put(row.key(), new Published(parse(row.key().kind(), row.n(), row.counts()), row.at()));
        }
        return cells;
    }

    /** Replaces the published copies of these cells by the given counts, all published at the same moment. */
    void publish(Map<CellKey, Cell> cells, OffsetDateTime at) {
        if (cells.isEmpty()) {
            return;
        }
        int size = cells.size();
        Long[] ids = new Long[size];
        String[] kinds = new String[size];
        String[] measures = new String[size];
        Long[] ns = new Long[size];
        String[] documents = new String[size];
        Iterator<Map.Entry<CellKey, Cell>> entries = cells.entrySet().iterator();
        for (int i = 0; i < size; i++) {
            Map.Entry<CellKey, Cell> entry = entries.next();
            ids[i] = entry.getKey().waveInstitutionId();
            kinds[i] = entry.getKey().kind().code();
            measures[i] = entry.getKey().measure();
            ns[i] = entry.getValue().n();
            documents[i] = json(entry.getValue());
        }
        entityManager
                .createNativeQuery("""
                insert into published_cell (wave_institution_id, kind, measure, n, counts, published_at)
                select c.id, c.kind, c.measure, c.n, cast(c.counts as jsonb), :at
                from unnest(cast(:ids as bigint[]), cast(:kinds as text[]), cast(:measures as text[]), cast(:ns as bigint[]),
                            cast(:counts as text[])) as c(id, kind, measure, n, counts)
                on conflict (wave_institution_id, kind, measure)
                do update set n = excluded.n, counts = excluded.counts, published_at = excluded.published_at
                """)
                .setParameter("ids", ids)
                .setParameter("kinds", kinds)
                .setParameter("measures", measures)
                .setParameter("ns", ns)
                .setParameter("counts", documents)
                .setParameter("at", at)
                .executeUpdate();
        publications.written();
    }

    private static String json(Cell cell) {
        ObjectNode node = JSON.createObjectNode();
        cell.counts().forEach(node::put);
        cell.moments()
                .forEach((part, m) -> node.putArray(part).add(m[0]).add(m[1]).add(m[2]));
        return node.toString();
    }

    private static Cell parse(CellKind kind, long n, String document) {
        JsonNode node;
        try {
            node = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published cell is not JSON: " + document, e);
        }
        Map<String, Long> counts = new HashMap<>();
        Map<String, double[]> moments = new HashMap<>();
        node.fields().forEachRemaining(field -> {
            if (kind == CellKind.SCALE) {
                JsonNode m = field.getValue();
                moments.put(field.getKey(), new double[] {
                    m.get(0).asDouble(), m.get(1).asDouble(), m.get(2).asDouble()
                });
            } else {
                counts.put(field.getKey(), field.getValue().asLong());
            }
        });
        return new Cell(n, counts, moments);
    }

    /** The rows of a native query on these wave institutions, each read into a record by {@code row}. */
    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String sql, Long[] ids, Function<Object[], T> row) {
        return ((List<Object[]>) entityManager
                        .createNativeQuery(sql)
                        .setParameter("ids", ids)
                        .getResultList())
                .stream().map(row).toList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
