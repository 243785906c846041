package nl.betrokken.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * The hand-written query a dashboard would run without kept aggregates: every indicator of a wave
 * (who answered, who is positive under its rule) counted over the raw JSONB answers, for the whole
 * municipality, per sector and per institution in one pass. Written independently of the service's
 * aggregator, so that agreeing figures also check the aggregates.
 */
final class NaiveQuery {

    private NaiveQuery() {}

    /** Columns: level ('all', 'sector', 'institution'), group, respondents, then answered and positive per indicator. */
    static String sql(Questionnaire questionnaire, long wave) {
        List<String> perResponse = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        int n = 0;
        for (Indicator indicator : questionnaire.indicators()) {
            List<String> answered = new ArrayList<>();
            List<String> positive = new ArrayList<>();
            String values = indicator.positive().stream()
                    .sorted()
                    .map(v -> "'" + v + "'")
                    .collect(Collectors.joining(", "));
            for (String itemId : indicator.items()) {
                Item item = questionnaire.item(itemId).orElseThrow();
                String key = "'" + (indicator.mode() == null ? itemId : itemId + ":" + indicator.mode()) + "'";
                if (item.type() == ItemType.MULTIPLE_CHOICE) {
                    answered.add("(jsonb_array_length(coalesce(r.answers->" + key + ", '[]')) > 0)::int");
                    positive.add("(coalesce(r.answers->" + key + " ?| array[" + values + "], false))::int");
                } else {
                    String notApplicable = item.notApplicable() == null
                            ? ""
                            : " and r.answers->>" + key + " <> '"
                                    + item.notApplicable().id() + "'";
                    answered.add("(r.answers->>" + key + " is not null" + notApplicable + ")::int");
                    positive.add("(coalesce(r.answers->>" + key + " in (" + values + "), false))::int");
                }
            }
            perResponse.add(String.join(" + ", answered) + " as a" + n);
            perResponse.add(String.join(" + ", positive) + " as p" + n);
            String rule = switch (indicator.combine()) {
                case ALL -> "p" + n + " = a" + n;
                case ANY -> "p" + n + " > 0";
                case MAJORITY -> "p" + n + " * 2 > a" + n;
            };
            counts.add("count(*) filter (where a" + n + " > 0)");
            counts.add("count(*) filter (where a" + n + " > 0 and " + rule + ")");
            n++;
        }
        return """
                select case when grouping(x.sector) = 1 then 'all' when grouping(x.institution_id) = 1 then 'sector' else 'institution' end,
                       coalesce(x.institution_id::text, x.sector, ''), count(*), %s
                from (select i.sector, i.id as institution_id, %s
                      from response r
                      join wave_institution wi on wi.id = r.wave_institution_id
                      join institution i on i.id = wi.institution_id
                      where wi.wave_id = %d and r.status = 'SUBMITTED') x
                group by grouping sets ((), (x.sector), (x.sector, x.institution_id))
                """.formatted(String.join(", ", counts), String.join(", ", perResponse), wave);
    }

    static List<String> indicatorIds(Questionnaire questionnaire) {
        return questionnaire.indicators().stream().map(Indicator::id).toList();
    }
}
