package nl.betrokken.counting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemScale;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * The set-based statements that add a batch of sent responses of one questionnaire version to the
 * aggregates. Item and option ids are inlined as SQL literals: the definition parser admits only
 * [a-z0-9-] in them (checked again here), so they cannot carry SQL.
 */
final class AggregateSql {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9:-]+");

    private AggregateSql() {}

    /**
     * Both segments of a response row {@code r}, as a lateral list of one column: its channel ('channel:0'
     * for the school's own link) and how it was given. The codes of {@code nl.betrokken.disclosure.Segment}.
     */
    private static final String SEGMENTS =
            "(values ('channel:' || coalesce(r.channel_id, 0)), ('way:' || r.answer_way)) s(segment)";

    static final String RESPONDENTS = """
            insert into respondent_count (wave_institution_id, respondents)
            select wave_institution_id, count(*) from response where id = any(:ids) group by wave_institution_id
            on conflict (wave_institution_id) do update set respondents = respondent_count.respondents + excluded.respondents
            """;

    /** Counts per answer of every closed item (not open text), plus '*' for "answered at all". */
    static String answers(Questionnaire questionnaire) {
        List<String> keys = new ArrayList<>();
        questionnaire.items().filter(i -> !i.type().isOpenText()).forEach(item -> keys.addAll(AnswerKey.of(item)));
        return """
                insert into answer_count (wave_institution_id, item_key, answer, respondents)
                select r.wave_institution_id, e.key, v.answer, count(*)
                %s
                group by r.wave_institution_id, e.key, v.answer
                on conflict (wave_institution_id, item_key, answer)
                do update set respondents = answer_count.respondents + excluded.respondents
                """.formatted(answerRows("", keys));
    }

    /**
     * The answers to the background questions per segment of the respondents: who a channel reached.
     * Null when the questionnaire has no background questions.
     */
    static String segmentAnswers(Questionnaire questionnaire) {
        List<String> keys = new ArrayList<>();
        questionnaire.backgroundItems().forEach(item -> keys.addAll(AnswerKey.of(item)));
        if (keys.isEmpty()) {
            return null;
        }
        return """
                insert into segment_count (wave_institution_id, segment, kind, measure, answer, respondents)
                select r.wave_institution_id, s.segment, 'item', e.key, v.answer, count(*)
                %s
                group by r.wave_institution_id, s.segment, e.key, v.answer
                on conflict (wave_institution_id, segment, kind, measure, answer)
                do update set respondents = segment_count.respondents + excluded.respondents
                """.formatted(answerRows("cross join lateral " + SEGMENTS, keys));
    }

    /** Sent responses per segment. */
    static final String SEGMENT_RESPONDENTS = """
            insert into segment_count (wave_institution_id, segment, kind, measure, answer, respondents)
            select r.wave_institution_id, s.segment, 'respondents', '*', '*', count(*)
            from response r cross join lateral %s
            where r.id = any(:ids)
            group by r.wave_institution_id, s.segment
            on conflict (wave_institution_id, segment, kind, measure, answer)
            do update set respondents = segment_count.respondents + excluded.respondents
            """.formatted(SEGMENTS);

    /** One row per response, item key and answer (and '*'), for the given keys; {@code also} joins more. */
    private static String answerRows(String also, List<String> keys) {
        return """
                from response r
                %s
                cross join lateral jsonb_each(r.answers) e
                cross join lateral (
                    select a.value as answer from jsonb_array_elements_text(
                        case when jsonb_typeof(e.value) = 'array' then e.value else '[]'::jsonb end) a
                    union all select e.value #>> '{}' where jsonb_typeof(e.value) <> 'array'
                    union all select '*') v
                where r.id = any(:ids) and e.key in (%s)""".formatted(also, literals(keys));
    }

    /** One statement per indicator: who counts, and who is positive under its combine rule. */
    static String indicator(Questionnaire questionnaire, Indicator indicator) {
        Counted counted = counted(questionnaire, indicator);
        return """
                insert into indicator_count (wave_institution_id, indicator_id, positive, answered)
                select wave_institution_id, %s, count(*) filter (where %s), count(*)
                from (select r.wave_institution_id, %s as answered, %s as positive
                      from response r where r.id = any(:ids)) x
                where answered > 0
                group by wave_institution_id
                on conflict (wave_institution_id, indicator_id)
                do update set positive = indicator_count.positive + excluded.positive,
                              answered = indicator_count.answered + excluded.answered
                """.formatted(
                literal(indicator.id()), counted.rule("answered", "positive"), counted.answered(), counted.positive());
    }

    /**
     * Every indicator per segment of the respondents, in one statement (one pass over the batch, however
     * many indicators): rows 'positive' and 'answered'; null when the questionnaire has no indicators.
     */
    static String segmentIndicators(Questionnaire questionnaire) {
        return indicatorsPer(questionnaire, SEGMENTS);
    }

    /**
     * Every indicator per answer to each single-choice background question ('answer:home-language=dutch',
     * '-' for no answer): the cells raking to the make-up of all parents reads. Null when the questionnaire
     * has no indicators or no such question.
     */
    static String answerIndicators(Questionnaire questionnaire) {
        List<String> segments = questionnaire.backgroundItems().stream()
                .filter(i -> i.type() == ItemType.SINGLE_CHOICE)
                .map(i -> "('answer:" + i.id() + "=' || coalesce(r.answers->>" + literal(i.id()) + ", '-'))")
                .toList();
        if (segments.isEmpty()) {
            return null;
        }
        return indicatorsPer(questionnaire, "(values " + String.join(", ", segments) + ") s(segment)");
    }

    /** Every indicator per segment the lateral {@code segments} puts each response row {@code r} in. */
    private static String indicatorsPer(Questionnaire questionnaire, String segments) {
        List<Indicator> indicators = questionnaire.indicators();
        if (indicators.isEmpty()) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Counted counted = counted(questionnaire, indicators.get(i));
            columns.add(counted.answered() + " as a" + i + ", " + counted.positive() + " as p" + i);
            String id = literal(indicators.get(i).id());
            String rule = counted.rule("r.a" + i, "r.p" + i);
            rows.add("(" + id + ", 'answered', case when r.a" + i + " > 0 then 1 else 0 end)");
            rows.add("(" + id + ", 'positive', case when r.a" + i + " > 0 and " + rule + " then 1 else 0 end)");
        }
        return """
                insert into segment_count (wave_institution_id, segment, kind, measure, answer, respondents)
                select r.wave_institution_id, s.segment, 'indicator', v.indicator, v.answer, sum(v.n)
                from (select r.wave_institution_id, r.channel_id, r.answer_way, r.answers, %s
                      from response r where r.id = any(:ids)) r
                cross join lateral %s
                cross join lateral (values %s) v(indicator, answer, n)
                group by r.wave_institution_id, s.segment, v.indicator, v.answer
                having sum(v.n) > 0
                on conflict (wave_institution_id, segment, kind, measure, answer)
                do update set respondents = segment_count.respondents + excluded.respondents
                """.formatted(String.join(", ", columns), segments, String.join(", ", rows));
    }

    /** Per response: how many of the indicator's items it answered and answered positively, and the rule. */
    private record Counted(String answered, String positive, Indicator.Combine combine) {

        /** The combine rule over the columns that hold the two counts. */
        String rule(String answeredColumn, String positiveColumn) {
            return switch (combine) {
                case ALL -> positiveColumn + " = " + answeredColumn;
                case ANY -> positiveColumn + " > 0";
                case MAJORITY -> positiveColumn + " * 2 > " + answeredColumn;
            };
        }
    }

    private static Counted counted(Questionnaire questionnaire, Indicator indicator) {
        List<String> answered = new ArrayList<>();
        List<String> positive = new ArrayList<>();
        for (String itemId : indicator.items()) {
            Item item = questionnaire.item(itemId).orElseThrow();
            String key = literal(AnswerKey.of(itemId, indicator.mode()));
            String notApplicable = item.notApplicable() == null
                    ? null
                    : literal(item.notApplicable().id());
            if (item.type() == ItemType.MULTIPLE_CHOICE) {
                answered.add("(case when jsonb_array_length(coalesce(r.answers->" + key
                        + ", '[]'::jsonb)) > 0 then 1 else 0 end)");
                // the function behind the ?| operator: a bare ? reads as a JDBC parameter to Hibernate
                positive.add("(case when jsonb_exists_any(r.answers->" + key + ", array["
                        + literals(indicator.positive()) + "]) then 1 else 0 end)");
            } else {
                answered.add("(case when r.answers->>" + key + " is not null"
                        + (notApplicable == null ? "" : " and r.answers->>" + key + " <> " + notApplicable)
                        + " then 1 else 0 end)");
                positive.add("(case when r.answers->>" + key + " in (" + literals(indicator.positive())
                        + ") then 1 else 0 end)");
            }
        }
        return new Counted(String.join(" + ", answered), String.join(" + ", positive), indicator.combine());
    }

    /** Sums for Cronbach's alpha over respondents with a scored answer to every item of the scale. */
    static String scale(Questionnaire questionnaire, ItemScale scale) {
        List<String> scores = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < scale.items().size(); i++) {
            Item item = questionnaire.item(scale.items().get(i)).orElseThrow();
            String key = literal(item.id());
            String cases = item.options().stream()
                    .filter(o -> o.score() != null)
                    .map(o -> "when " + literal(o.id()) + " then " + o.score())
                    .collect(Collectors.joining(" "));
            scores.add("(case r.answers->>" + key + " " + cases + " end)::double precision as x" + i);
            parts.add("(" + key + ", x" + i + ")");
        }
        String complete = IntStream.range(0, scale.items().size())
                .mapToObj(i -> "x" + i + " is not null")
                .collect(Collectors.joining(" and "));
        String total =
                IntStream.range(0, scale.items().size()).mapToObj(i -> "x" + i).collect(Collectors.joining(" + "));
        parts.add("('*', " + total + ")");
        return """
                insert into scale_moment (wave_institution_id, scale_id, part, n, total, squares)
                select s.wave_institution_id, %s, p.part, count(*), sum(p.v), sum(p.v * p.v)
                from (select r.wave_institution_id, %s from response r where r.id = any(:ids)) s
                cross join lateral (values %s) p(part, v)
                where %s
                group by s.wave_institution_id, p.part
                on conflict (wave_institution_id, scale_id, part)
                do update set n = scale_moment.n + excluded.n, total = scale_moment.total + excluded.total,
                              squares = scale_moment.squares + excluded.squares
                """.formatted(literal(scale.id()), String.join(", ", scores), String.join(", ", parts), complete);
    }

    static String literals(Collection<String> values) {
        return values.stream().map(AggregateSql::literal).collect(Collectors.joining(", "));
    }

    static String literal(String value) {
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a definition id: " + value);
        }
        return "'" + value + "'";
    }
}
