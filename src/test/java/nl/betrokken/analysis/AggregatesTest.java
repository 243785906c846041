package nl.betrokken.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.betrokken.counting.Aggregator;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.Parents;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.Test;

/**
 * The aggregates after random submissions, counted in several incremental rounds, equal both a
 * rebuild from scratch and an independent count over the raw responses.
 */
@QuarkusTest
class AggregatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Aggregator aggregator;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    DataSource dataSource;

    /** A random but valid answer document: some items skipped, multiple choices, don't-knows, numbers. */
    private static Map<String, Object> randomAnswers(Questionnaire q, Random random) {
        Map<String, Object> answers = new HashMap<>();
        for (Item item : q.items().toList()) {
            if (random.nextInt(5) == 0 || item.showIf() != null) {
                continue;
            }
            List<String> keys = item.twoMode()
                    ? item.modes().stream().map(m -> item.id() + ":" + m).toList()
                    : List.of(item.id());
            for (String key : keys) {
                List<AnswerOption> options = item.allOptions();
                if (item.type() == ItemType.MULTIPLE_CHOICE) {
                    List<String> picked = new ArrayList<>();
                    options.forEach(o -> {
                        if (random.nextBoolean()) {
                            picked.add(o.id());
                        }
                    });
                    if (!picked.isEmpty()) {
                        answers.put(key, picked);
                    }
                } else if (item.type().hasOptions()) {
                    answers.put(key, options.get(random.nextInt(options.size())).id());
                } else if (item.type() == ItemType.NUMBER) {
                    answers.put(key, random.nextInt(10));
                } else {
                    answers.put(key, "tekst " + random.nextInt(3));
                }
            }
        }
        return answers;
    }

    private Map<String, Long> table(String sql) throws Exception {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder key = new StringBuilder();
                for (int i = 1; i < columns; i++) {
                    key.append(r.getString(i)).append('|');
                }
                rows.put(key.toString(), Math.round(r.getDouble(columns) * 1000));
            }
        }
        return rows;
    }

    private Map<String, Map<String, Long>> snapshot() throws Exception {
        Map<String, Map<String, Long>> all = new TreeMap<>();
        all.put("respondents", table("select wave_institution_id, respondents from respondent_count"));
        all.put("answers", table("select wave_institution_id, item_key, answer, respondents from answer_count"));
        all.put("positive", table("select wave_institution_id, indicator_id, positive from indicator_count"));
        all.put("answered", table("select wave_institution_id, indicator_id, answered from indicator_count"));
        all.put("scale n", table("select wave_institution_id, scale_id, part, n from scale_moment"));
        all.put("scale sums", table("select wave_institution_id, scale_id, part, total from scale_moment"));
        all.put("scale squares", table("select wave_institution_id, scale_id, part, squares from scale_moment"));
        return all;
    }

    @Test
    void incrementalCountsEqualARebuildAndAnIndependentCount() throws Exception {
        var world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        var wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA(), world.institutionA2());
        String typologyLink = Waves.openNow(analyst, "school-typology-parents", "link", world.institutionA())
                .getString("institutions[0].link");
        List<String> links = wave.getList("institutions.link");
        Questionnaire baseline = catalog.latest("parent-baseline").orElseThrow().questionnaire();
        Questionnaire typology =
                catalog.latest("school-typology-parents").orElseThrow().questionnaire();
        Random random = new Random(20261124);

        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 60; i++) {
                responses.add(links.get(random.nextInt(links.size())), randomAnswers(baseline, random));
            }
            for (int i = 0; i < 15; i++) {
                responses.add(typologyLink, randomAnswers(typology, random));
            }
            Parents.answer(links.get(0), "secondary", "agree");
            aggregator.catchUp();
        }
        assertEquals(0, aggregator.backlog());
        Map<String, Map<String, Long>> incremental = snapshot();
        assertTrue(incremental.get("respondents").values().stream()
                        .mapToLong(Long::longValue)
                        .sum()
                >= 304 * 1000);

        long recounted = aggregator.rebuild();
        assertTrue(recounted >= 304, "the rebuild counted every sent response: " + recounted);
        assertEquals(incremental, snapshot(), "a rebuild from scratch gives exactly the incremental numbers");

        Map<String, Long> independent = independentIndicatorCounts(baseline);
        assertTrue(independent.size() >= 14, "two schools times seven indicators: " + independent.keySet());
        assertEquals(
                independent,
                new TreeMap<>(incremental.get("positive"))
                        .entrySet().stream()
                                .filter(e -> baseline.indicators().stream()
                                        .anyMatch(ind -> e.getKey().contains("|" + ind.id() + "|")))
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey, e -> e.getValue() / 1000, (a, b) -> a, TreeMap::new)),
                "the SQL counting agrees with a plain Java count of the raw answers");
    }

    /** Positive counts per wave institution and indicator, computed from the raw documents in Java. */
    private Map<String, Long> independentIndicatorCounts(Questionnaire q) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select r.wave_institution_id, r.answers::text from response r join wave w on true"
                                + " join wave_institution wi on wi.id = r.wave_institution_id and wi.wave_id = w.id"
                                + " join questionnaire_version v on v.id = r.questionnaire_version_id"
                                + " where r.status = 'SUBMITTED' and v.questionnaire_id = 'parent-baseline'")) {
            while (r.next()) {
                JsonNode answers = JSON.readTree(r.getString(2));
                for (Indicator indicator : q.indicators()) {
                    int answered = 0;
                    int positive = 0;
                    for (String itemId : indicator.items()) {
                        Item item = q.item(itemId).orElseThrow();
                        JsonNode value = answers.get(itemId);
                        if (value == null
                                || (item.notApplicable() != null
                                        && value.asText()
                                                .equals(item.notApplicable().id()))) {
                            continue;
                        }
                        answered++;
                        if (indicator.positive().contains(value.asText())) {
                            positive++;
                        }
                    }
                    if (answered == 0) {
                        continue;
                    }
                    boolean isPositive = switch (indicator.combine()) {
                        case ALL -> positive == answered;
                        case ANY -> positive > 0;
                        case MAJORITY -> positive * 2 > answered;
                    };
                    counts.merge(r.getString(1) + "|" + indicator.id() + "|", isPositive ? 1L : 0L, Long::sum);
                }
            }
        }
        return counts;
    }
}
