package nl.betrokken.disclosure;

import static nl.betrokken.disclosure.AttackerTest.PARENTS;
import static nl.betrokken.disclosure.AttackerTest.TARGETED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemScale;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;

/** What one case of the attacker test is: its schools, waves and targets, who looks, and the truth the test made up. */
final class AttackCase {

    private AttackCase() {}

    record School(long id, String name, long board, Sector sector, Integer population) {}

    record WaveOf(
            long id, Questionnaire questionnaire, LocalDate opensOn, List<Long> institutions, Map<Long, String> links) {

        boolean parents() {
            return questionnaire.id().equals(PARENTS);
        }
    }

    record TargetSpec(long id, String indicator, Sector sector, Long institution) {

        boolean covers(School school) {
            return (sector == null || school.sector() == sector) && (institution == null || school.id() == institution);
        }

        String describe() {
            return "target " + id + " (" + indicator + ", "
                    + (sector != null
                            ? "sector " + sector.code()
                            : institution != null ? "institution " + institution : "whole municipality")
                    + ")";
        }
    }

    record Viewer(String label, Role role, String session, Set<Long> institutions) {

        boolean sees(long institution) {
            return institutions.contains(institution);
        }
    }

    /** One cell of published counts: a wave institution and the item key, indicator or scale it measures. */
    record CellId(long wave, long institution, CellKind kind, String measure) {

        @Override
        public String toString() {
            return kind.code() + " " + measure + " of institution " + institution + " in wave " + wave;
        }
    }

    static final class World {
        final int number;
        final long municipality;
        int threshold = 5;
        String analyst;
        final List<Long> boards = new ArrayList<>();
        final List<School> schools = new ArrayList<>();
        final List<WaveOf> waves = new ArrayList<>();
        final List<TargetSpec> targets = new ArrayList<>();
        Long plan;
        TargetSpec goalTarget;
        final Truth truth = new Truth();
        private final Map<Long, School> byId = new HashMap<>();

        World(int number, long municipality) {
            this.number = number;
            this.municipality = municipality;
        }

        void add(School school) {
            schools.add(school);
            byId.put(school.id(), school);
        }

        School school(long id) {
            return byId.get(id);
        }

        boolean shown(CellId cell) {
            return truth.n(cell) >= threshold;
        }

        /** The case as a table, for a failure report: schools, and per wave their respondents and targeted indicators. */
        String describe() {
            StringBuilder text = new StringBuilder("  threshold " + threshold + ", boards " + boards + "\n");
            schools.forEach(s -> text.append("  school ")
                    .append(s.id())
                    .append(" ")
                    .append(s.name())
                    .append(", board ")
                    .append(s.board())
                    .append(", ")
                    .append(s.sector().code())
                    .append(", parents ")
                    .append(s.population())
                    .append('\n'));
            for (WaveOf wave : waves) {
                text.append("  wave ")
                        .append(wave.id())
                        .append(" ")
                        .append(wave.questionnaire().id())
                        .append(" from ")
                        .append(wave.opensOn())
                        .append('\n');
                for (long school : wave.institutions()) {
                    text.append("    ")
                            .append(school)
                            .append(": respondents ")
                            .append(truth.respondents(wave.id(), school));
                    if (wave.parents()) {
                        for (String indicator : TARGETED) {
                            CellId cell = new CellId(wave.id(), school, CellKind.INDICATOR, indicator);
                            text.append(", ")
                                    .append(indicator)
                                    .append(" ")
                                    .append(truth.count(cell, "positive"))
                                    .append('/')
                                    .append(truth.count(cell, "answered"));
                        }
                    }
                    text.append('\n');
                }
            }
            targets.forEach(t -> text.append("  ").append(t.describe()).append('\n'));
            return text.toString();
        }

        /** The cells a correct service adds up for a group: exactly the shown ones. */
        List<CellId> included(long wave, CellKind kind, String measure, Collection<Long> group) {
            return group.stream()
                    .map(i -> new CellId(wave, i, kind, measure))
                    .filter(this::shown)
                    .toList();
        }
    }

    /** Every answer the test made up, counted into cells the way the definitions say, without the service. */
    static final class Truth {

        private final Map<CellId, Map<String, Long>> counts = new HashMap<>();
        private final Map<Long, Map<Long, Long>> respondents = new HashMap<>();
        private final Map<Long, Questionnaire> questionnaires = new HashMap<>();
        /** Per wave and item key, the "don't know" answer that does not count towards a cell's size. */
        private final Map<Long, Map<String, String>> notApplicable = new HashMap<>();

        void wave(WaveOf wave) {
            questionnaires.put(wave.id(), wave.questionnaire());
            Map<String, String> byKey = new HashMap<>();
            wave.questionnaire()
                    .items()
                    .forEach(item -> AnswerKey.of(item)
                            .forEach(key -> byKey.put(
                                    key,
                                    item.notApplicable() == null
                                            ? ""
                                            : item.notApplicable().id())));
            notApplicable.put(wave.id(), byKey);
        }

        Questionnaire questionnaire(long wave) {
            return questionnaires.get(wave);
        }

        void add(WaveOf wave, long institution, Map<String, Object> answers) {
            Questionnaire q = wave.questionnaire();
            respondents.computeIfAbsent(wave.id(), w -> new HashMap<>()).merge(institution, 1L, Long::sum);
            q.items().filter(i -> !i.type().isOpenText()).forEach(item -> {
                for (String key : AnswerKey.of(item)) {
                    Object answer = answers.get(key);
                    if (answer != null) {
                        CellId cell = new CellId(wave.id(), institution, CellKind.ITEM, key);
                        increment(cell, "*");
                        if (answer instanceof List<?> picked) {
                            picked.forEach(a -> increment(cell, (String) a));
                        } else {
                            increment(cell, (String) answer);
                        }
                    }
                }
            });
            for (Indicator indicator : q.indicators()) {
                indicator(
                        q, indicator, new CellId(wave.id(), institution, CellKind.INDICATOR, indicator.id()), answers);
            }
            for (ItemScale scale : q.scales()) {
                boolean complete = scale.items().stream()
                        .allMatch(id -> q.item(id).orElseThrow().options().stream()
                                .anyMatch(o -> o.score() != null && o.id().equals(answers.get(id))));
                if (complete) {
                    increment(new CellId(wave.id(), institution, CellKind.SCALE, scale.id()), "n");
                }
            }
        }

        private void indicator(Questionnaire q, Indicator indicator, CellId cell, Map<String, Object> answers) {
            int answered = 0;
            int positive = 0;
            for (String itemId : indicator.items()) {
                Item item = q.item(itemId).orElseThrow();
                Object answer = answers.get(indicator.mode() == null ? itemId : itemId + ":" + indicator.mode());
                if (answer instanceof List<?> picked) {
                    answered += picked.isEmpty() ? 0 : 1;
                    positive += picked.stream().anyMatch(indicator.positive()::contains) ? 1 : 0;
                } else if (answer != null
                        && (item.notApplicable() == null
                                || !answer.equals(item.notApplicable().id()))) {
                    answered++;
                    positive += indicator.positive().contains(answer) ? 1 : 0;
                }
            }
            if (answered == 0) {
                return;
            }
            increment(cell, "answered");
            boolean counts = switch (indicator.combine()) {
                case ALL -> positive == answered;
                case ANY -> positive > 0;
                case MAJORITY -> positive * 2 > answered;
            };
            if (counts) {
                increment(cell, "positive");
            }
        }

        private void increment(CellId cell, String key) {
            counts.computeIfAbsent(cell, c -> new HashMap<>()).merge(key, 1L, Long::sum);
        }

        long count(CellId cell, String key) {
            return counts.getOrDefault(cell, Map.of()).getOrDefault(key, 0L);
        }

        long sum(Collection<CellId> cells, String key) {
            return cells.stream().mapToLong(c -> count(c, key)).sum();
        }

        /** What the threshold is checked against: real answers of an item, answered of an indicator, a scale's complete cases. */
        long n(CellId cell) {
            return switch (cell.kind()) {
                case ITEM ->
                    count(cell, "*")
                            - count(cell, notApplicable.get(cell.wave()).get(cell.measure()));
                case INDICATOR -> count(cell, "answered");
                case SCALE -> count(cell, "n");
                case SEGMENT_ITEM, SEGMENT_INDICATOR ->
                    throw new IllegalStateException("segments are attacked in SegmentAttackTest");
                case THEME -> throw new IllegalStateException("theme counts are attacked in OpenAnswersTest");
            };
        }

        long respondents(long wave, long institution) {
            return respondents.getOrDefault(wave, Map.of()).getOrDefault(institution, 0L);
        }
    }
}
