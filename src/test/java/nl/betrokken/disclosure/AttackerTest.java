package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.betrokken.counting.Aggregator;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemScale;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.model.TagDimension;
import nl.betrokken.disclosure.FeasibleRange.Expression;
import nl.betrokken.disclosure.FeasibleRange.Range;
import nl.betrokken.lea.PlanGoal;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.security.UserAccount;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;

/**
 * Plays the attacker against disclosure control. Every case is a random municipality with small and
 * large schools, some sectors of one or two schools, a baseline now and then, typology lists and
 * targets; every role then collects every figure the API and the workbook give it, over every filter,
 * also filters beyond its own institutions. The test knows every answer it made up, so it first
 * checks that each figure is exactly the sum over the shown cells of its group, then gives the sums
 * to a linear program and asks, for every count the viewer is not shown, whether the figures pin it
 * to one value.
 *
 * <p>Run more or other cases with {@code -Dattacker.cases=}, {@code -Dattacker.seed=}, and one case
 * alone (as printed with a failure) with {@code -Dattacker.case=}.
 */
@QuarkusTest
class AttackerTest {

    private static final long SEED = Long.getLong("attacker.seed", 20261201L);
    private static final int CASES = Integer.getInteger("attacker.cases", 200);
    private static final int ONLY = Integer.getInteger("attacker.case", -1);

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARENTS = "parent-baseline";
    private static final String TYPOLOGY = "school-typology-parents";
    private static final List<String> HEADLINES = List.of("a1", "b1", "c1");
    private static final List<String> THEME_A = List.of("a2", "a3", "a4", "a5", "a6");
    private static final List<String> STATEMENTS = List.of("t01", "t02", "t09", "t10", "t19", "t20");
    private static final List<String> TARGETED = List.of("satisfied-relationship", "learning-at-home-support",
            "parenting-support", "theme-a");

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    @Inject
    Figures figures;

    @Inject
    Aggregator aggregator;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    EntityManager entityManager;

    private final Map<String, String[]> pool = new HashMap<>();

    @Test
    void noHiddenCountCanBeWorkedOutFromWhatAnyRoleIsShown() {
        long started = System.nanoTime();
        Tally tally = new Tally(SEED);

        // Viewers attack side by side: the service answers several requests at once, and each attack is independent.
        ExecutorService attackers = Executors.newFixedThreadPool(Integer.getInteger("attacker.threads", 2));
        int minimum = ConfigProvider.getConfig().getOptionalValue("betrokken.disclosure.institutions-beyond-scope",
                Integer.class).orElse(3);
        for (int number = 0; number < CASES; number++) {
            if (ONLY >= 0 && number != ONLY) {
                continue;
            }
            long building = System.nanoTime();
            World world = build(number, new Random(SEED * 1_000_003L + number));
            tally.buildNanos += System.nanoTime() - building;
            tally.cases++;
            List<Future<Tally>> attacks = new ArrayList<>();
            for (Viewer viewer : viewers(world, new Random(SEED * 7_919L + number))) {
                attacks.add(attackers.submit(() -> {
                    Tally own = new Tally(SEED);
                    new Attack(world, viewer, own, minimum).run();
                    return own;
                }));
            }
            for (Future<Tally> attack : attacks) {
                tally.add(done(attack));
            }
        }
        attackers.shutdown();
        tally.respondentsBeyondScope();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String summary = tally.summary(seconds);
        System.out.println(summary);

        assertTrue(tally.failures.isEmpty(), tally.failures.size() + " failures (" + tally.failuresByKind + "), first ones:\n"
                + String.join("\n", tally.failures.subList(0, Math.min(15, tally.failures.size()))) + "\n" + summary);
        // The dangerous paths must have been walked, or the absence of failures says nothing.
        int expected = Math.max(1, tally.cases / 10);
        assertTrue(tally.hiddenInEquations >= expected, "hidden cells in equations: " + summary);
        assertTrue(tally.beyondShown >= expected, "beyond-scope target figures shown to boards and leads: " + summary);
        assertTrue(tally.beyondWithheld >= expected, "beyond-scope target figures withheld: " + summary);
        assertTrue(tally.refusedChecked >= expected, "withheld aggregates checked: " + summary);
        assertTrue(tally.leftOutOfTotals >= expected, "totals that left out a hidden school: " + summary);
    }

    private static Tally done(Future<Tally> attack) {
        try {
            return attack.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an attack broke down", e.getCause());
        }
    }

    // ------------------------------------------------------------------ building a case

    private World build(int number, Random random) {
        Municipality municipality = fixtures.municipality("Gemeente Aanval " + SEED + "-" + number + "-" + System.nanoTime());
        World world = new World(number, municipality.id);
        String analyst = session(Role.MUNICIPALITY_ANALYST, 0, municipality.id);
        world.analyst = analyst;
        if (random.nextInt(4) == 0) {
            world.threshold = 6 + random.nextInt(2);
            Accounts.as(analyst).contentType(ContentType.JSON).body(Map.of("parentThreshold", world.threshold,
                    "staffThreshold", 5, "microdataThreshold", 10, "populationShares", List.of()))
                    .put("/api/analysis/municipalities/" + municipality.id + "/settings").then().statusCode(200);
        }
        int boards = 2 + random.nextInt(2);
        List<Board> made = new ArrayList<>();
        for (int b = 0; b < boards; b++) {
            made.add(fixtures.board(municipality, "Bestuur " + number + "-" + b));
            world.boards.add(made.get(b).id);
        }
        schools(world, made, random);

        boolean unanimous = random.nextInt(8) == 0;
        Map<Long, Map<String, Double>> leanings = new HashMap<>();
        world.schools.forEach(s -> leanings.put(s.id(), leanings(random, unanimous)));
        if (random.nextInt(5) < 2) {
            WaveOf baseline = open(world, PARENTS, TODAY.minusDays(365), some(world, random, 0.85));
            answer(world, baseline, random, leanings);
        }
        WaveOf followUp = open(world, PARENTS, TODAY.minusDays(1), some(world, random, 0.95));
        answer(world, followUp, random, leanings);
        if (random.nextInt(3) == 0) {
            List<Long> two = new ArrayList<>(world.schools.stream().map(School::id).toList());
            java.util.Collections.shuffle(two, random);
            WaveOf typology = open(world, TYPOLOGY, TODAY.minusDays(1), two.subList(0, 1 + random.nextInt(2)));
            answer(world, typology, random, leanings);
        }
        publish(world);
        targets(world, random);
        return world;
    }

    /** 4 to 9 schools over the boards; one sector holds most, so others have only one or two. */
    private void schools(World world, List<Board> boards, Random random) {
        List<Sector> sectors = new ArrayList<>(List.of(Sector.values()));
        java.util.Collections.shuffle(sectors, random);
        List<Sector> small = sectors.subList(1, 2 + random.nextInt(3));
        int count = 4 + random.nextInt(6);
        for (int k = 0; k < count; k++) {
            Board board = boards.get(k < boards.size() ? k : random.nextInt(boards.size()));
            Sector sector = random.nextDouble() < 0.55 ? sectors.get(0) : small.get(random.nextInt(small.size()));
            String name = "School " + world.number + "-" + k;
            long id = fixtures.institution(board, name, sector).id;
            double p = random.nextDouble();
            Integer population = p < 0.15 ? null : p < 0.25 ? 2 + random.nextInt(8) : 10 + random.nextInt(90);
            fixtures.population(id, population);
            world.schools.add(new School(id, name, board.id, sector, population));
        }
    }

    private static List<Long> some(World world, Random random, double share) {
        List<Long> chosen = world.schools.stream().filter(s -> random.nextDouble() < share).map(School::id)
                .collect(Collectors.toCollection(ArrayList::new));
        if (chosen.isEmpty()) {
            chosen.add(world.schools.get(random.nextInt(world.schools.size())).id());
        }
        return chosen;
    }

    private WaveOf open(World world, String questionnaire, LocalDate opens, List<Long> institutions) {
        JsonPath opened = Waves.open(world.analyst, questionnaire, "link", opens, TODAY.plusDays(30),
                institutions.stream().mapToLong(Long::longValue).toArray());
        Map<Long, String> links = new HashMap<>();
        for (Map<String, Object> row : opened.<Map<String, Object>>getList("institutions")) {
            links.put(((Number) row.get("institutionId")).longValue(), (String) row.get("link"));
        }
        WaveOf wave = new WaveOf(opened.getLong("id"), catalog.latest(questionnaire).orElseThrow().questionnaire(), opens,
                List.copyOf(institutions), links);
        world.waves.add(wave);
        world.truth.wave(wave);
        return wave;
    }

    /** Per school and headline item, how likely a parent agrees; now and then a school (or the whole town) agrees to a man. */
    private static Map<String, Double> leanings(Random random, boolean unanimous) {
        Map<String, Double> leaning = new HashMap<>();
        for (String item : List.of("a1", "b1", "c1", "current", "desired")) {
            double p = random.nextDouble();
            leaning.put(item, unanimous && item.equals("a1") ? 1.0 : p < 0.12 ? 1.0 : p < 0.2 ? 0.0 : 0.2 + random.nextDouble() * 0.7);
        }
        return leaning;
    }

    /** Around the threshold mostly: none, a few, a handful, now and then twenty and more. */
    private static int respondents(Random random) {
        double p = random.nextDouble();
        return p < 0.1 ? 0 : p < 0.6 ? 3 + random.nextInt(6) : p < 0.85 ? random.nextInt(15) : 20 + random.nextInt(8);
    }

    private void answer(World world, WaveOf wave, Random random, Map<Long, Map<String, Double>> leanings) {
        for (long institution : wave.institutions()) {
            School school = world.school(institution);
            Map<Map<String, Object>, Integer> sent = new LinkedHashMap<>();
            int count = respondents(random);
            for (int r = 0; r < count; r++) {
                Map<String, Object> answers = wave.questionnaire().id().equals(PARENTS)
                        ? parent(random, school, leanings.get(institution)) : typology(random, leanings.get(institution));
                sent.merge(answers, 1, Integer::sum);
                world.truth.add(wave, institution, answers);
            }
            sent.forEach((answers, times) -> responses.add(wave.links().get(institution), answers, times));
        }
    }

    private static Map<String, Object> parent(Random random, School school, Map<String, Double> leaning) {
        Map<String, Object> answers = new TreeMap<>();
        answers.put("sector", random.nextDouble() < 0.9 ? school.sector().code()
                : Sector.values()[random.nextInt(Sector.values().length)].code());
        if (random.nextDouble() < 0.75) {
            answers.put("home-language", List.of("dutch", "dutch-and-other", "other").get(random.nextInt(3)));
        }
        if (random.nextDouble() < 0.4) {
            List<String> channels = List.of("app", "email", "paper", "talks").stream().filter(c -> random.nextBoolean())
                    .collect(Collectors.toCollection(ArrayList::new));
            answers.put("contact-channels", channels.isEmpty() ? List.of("app") : channels);
        }
        for (String item : HEADLINES) {
            if (random.nextDouble() < 0.88) {
                answers.put(item, agreement(random, leaning.get(item)));
            }
        }
        if (random.nextBoolean()) {
            for (String item : THEME_A) {
                if (random.nextDouble() < 0.9) {
                    answers.put(item, agreement(random, leaning.get("a1")));
                }
            }
        }
        return answers;
    }

    private static String agreement(Random random, double positive) {
        if (random.nextDouble() < 0.08) {
            return "dont-know";
        }
        boolean strongly = random.nextBoolean();
        return random.nextDouble() < positive ? (strongly ? "agree-strongly" : "agree") : strongly ? "disagree-strongly" : "disagree";
    }

    private static Map<String, Object> typology(Random random, Map<String, Double> leaning) {
        Map<String, Object> answers = new TreeMap<>();
        for (String statement : STATEMENTS) {
            for (String mode : List.of("current", "desired")) {
                if (random.nextDouble() < 0.85) {
                    answers.put(statement + ":" + mode, random.nextDouble() < leaning.get(mode) ? "yes" : "no");
                }
            }
        }
        return answers;
    }

    /** Counts every sent response, waiting out a scheduled count that holds some, then publishes each wave once. */
    private void publish(World world) {
        aggregator.catchUp();
        while (QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from response where status = 'SUBMITTED' and not aggregated").getSingleResult()).longValue()) > 0) {
            sleep();
            aggregator.catchUp();
        }
        world.waves.forEach(wave -> figures.publish(wave.id()));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whole-town and sector targets, often several on one indicator so they combine; one school's; a plan goal on one. */
    private void targets(World world, Random random) {
        Set<Sector> sectors = world.schools.stream().map(School::sector).collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
        for (String indicator : TARGETED) {
            boolean headline = !indicator.equals("theme-a");
            if (random.nextDouble() < (indicator.equals("satisfied-relationship") ? 1.0 : headline ? 0.5 : 0.3)) {
                target(world, indicator, null, null);
                for (Sector sector : sectors) {
                    if (random.nextDouble() < 0.7) {
                        target(world, indicator, sector, null);
                    }
                }
            }
        }
        if (random.nextBoolean()) {
            target(world, "satisfied-relationship", null, null);
        }
        target(world, TARGETED.get(random.nextInt(3)), null, world.schools.get(random.nextInt(world.schools.size())).id());
        if (random.nextBoolean()) {
            long[] plan = fixtures.plan(world.municipality);
            TargetSpec goal = world.targets.get(random.nextInt(world.targets.size()));
            QuarkusTransaction.requiringNew().run(() -> PlanGoal.<PlanGoal>findById(plan[1]).targetId = goal.id());
            world.plan = plan[0];
            world.goalTarget = goal;
        }
    }

    private void target(World world, String indicator, Sector sector, Long institution) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Doel " + indicator + " " + world.targets.size(),
                "questionnaireId", PARENTS, "indicatorId", indicator, "threshold", 0.5 + world.targets.size() % 4 * 0.1,
                "deadline", "2028-12-31"));
        if (sector != null) {
            body.put("sector", sector.code());
        }
        if (institution != null) {
            body.put("institutionId", institution);
        }
        long id = Accounts.as(world.analyst).contentType(ContentType.JSON).body(body).post("/api/targets").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        world.targets.add(new TargetSpec(id, indicator, sector, institution));
    }

    /** The analyst, every board member, and one or two school leads. */
    private List<Viewer> viewers(World world, Random random) {
        List<Viewer> viewers = new ArrayList<>();
        viewers.add(new Viewer("analyst", Role.MUNICIPALITY_ANALYST, world.analyst,
                world.schools.stream().map(School::id).collect(Collectors.toSet())));
        for (int b = 0; b < world.boards.size(); b++) {
            long board = world.boards.get(b);
            viewers.add(new Viewer("board " + board, Role.BOARD_MEMBER, session(Role.BOARD_MEMBER, b, board),
                    world.schools.stream().filter(s -> s.board() == board).map(School::id).collect(Collectors.toSet())));
        }
        List<School> schools = new ArrayList<>(world.schools);
        java.util.Collections.shuffle(schools, random);
        int leads = 1 + random.nextInt(2);
        for (int l = 0; l < leads; l++) {
            long school = schools.get(l).id();
            viewers.add(new Viewer("lead of " + school, Role.INSTITUTION_LEAD, session(Role.INSTITUTION_LEAD, l, school),
                    Set.of(school)));
        }
        return viewers;
    }

    /**
     * A logged-in user for a role, bound to this case's organisation. Users are made once and moved from
     * case to case, since every login is a bcrypt check of a quarter second; the service reads the
     * account on every request, so the session sees the new scope at once.
     */
    private String session(Role role, int slot, long organisation) {
        String key = role.code() + slot;
        String[] made = pool.get(key);
        if (made == null) {
            String username = accounts.create(role, organisation);
            made = new String[] { username, Accounts.login(username) };
            pool.put(key, made);
            return made[1];
        }
        String username = made[0];
        QuarkusTransaction.requiringNew().run(() -> {
            UserAccount account = UserAccount.findByUsername(username).orElseThrow();
            switch (role) {
                case MUNICIPALITY_ANALYST -> account.municipalityId = organisation;
                case BOARD_MEMBER -> account.boardId = organisation;
                case INSTITUTION_LEAD -> account.institutionId = organisation;
                case ADMINISTRATOR -> throw new IllegalArgumentException("an administrator has no scope to move");
            }
        });
        return made[1];
    }

    // ------------------------------------------------------------------ what a case is

    record School(long id, String name, long board, Sector sector, Integer population) {
    }

    record WaveOf(long id, Questionnaire questionnaire, LocalDate opensOn, List<Long> institutions, Map<Long, String> links) {

        boolean parents() {
            return questionnaire.id().equals(PARENTS);
        }
    }

    record TargetSpec(long id, String indicator, Sector sector, Long institution) {

        boolean covers(School school) {
            return (sector == null || school.sector() == sector) && (institution == null || school.id() == institution);
        }

        String describe() {
            return "target " + id + " (" + indicator + (sector != null ? ", sector " + sector.code() : "")
                    + (institution != null ? ", institution " + institution : ", whole") + ")";
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

        School school(long id) {
            return byId.computeIfAbsent(id, i -> schools.stream().filter(s -> s.id() == i).findFirst().orElseThrow());
        }

        boolean shown(CellId cell) {
            return truth.n(cell) >= threshold;
        }

        /** The cells a correct service adds up for a group: exactly the shown ones. */
        List<CellId> included(long wave, CellKind kind, String measure, Collection<Long> group) {
            return group.stream().map(i -> new CellId(wave, i, kind, measure)).filter(this::shown).toList();
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
            wave.questionnaire().items().forEach(item -> AnswerKey.of(item).forEach(key -> byKey.put(key,
                    item.notApplicable() == null ? "" : item.notApplicable().id())));
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
                indicator(q, indicator, new CellId(wave.id(), institution, CellKind.INDICATOR, indicator.id()), answers);
            }
            for (ItemScale scale : q.scales()) {
                boolean complete = scale.items().stream().allMatch(id -> q.item(id).orElseThrow().options().stream()
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
                } else if (answer != null && (item.notApplicable() == null || !answer.equals(item.notApplicable().id()))) {
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

        /** What the threshold is checked against: real answers of an item, answered of an indicator, complete cases of a scale. */
        long n(CellId cell) {
            return switch (cell.kind()) {
                case ITEM -> count(cell, "*") - count(cell, notApplicable.get(cell.wave()).get(cell.measure()));
                case INDICATOR -> count(cell, "answered");
                case SCALE -> count(cell, "n");
            };
        }

        long respondents(long wave, long institution) {
            return respondents.getOrDefault(wave, Map.of()).getOrDefault(institution, 0L);
        }
    }

    // ------------------------------------------------------------------ the attack of one viewer

    /** What one figure showed: withheld or not, its counts by key, and (where given) how many schools it counts and leaves out. */
    record Shown(boolean suppressed, String withheld, Map<String, Long> counts, Integer institutions, Integer leftOut,
            boolean detailed) {

        /** A figure of the analysis API, which also says how many schools it counts and leaves out. */
        static Shown detailed(boolean suppressed, String withheld, Map<String, Long> counts, Integer institutions,
                Integer leftOut) {
            return new Shown(suppressed, withheld, counts, institutions, leftOut, true);
        }

        /** A figure of the workbook or a target: counts only. */
        static Shown plain(boolean suppressed, String withheld, Map<String, Long> counts) {
            return new Shown(suppressed, withheld, counts, null, null, false);
        }
    }

    /** A filter of the analysis endpoints and the schools it keeps. */
    record Filter(String query, String label, java.util.function.Predicate<School> keeps) {
    }

    /** An aggregate the viewer asked for and was refused, as the cells beyond their scope it would have added. */
    record Refused(String label, List<CellId> cells) {
    }

    /** An indicator cell the viewer is not shown, as the attacker's unknowns: positive and not positive answers. */
    record Unknown(int positive, int negative) {

        Expression answered() {
            return Expression.sum(positive, negative);
        }
    }

    static final class Attack {

        private final World world;
        private final Viewer viewer;
        private final Tally tally;
        private final int minimumBeyond;
        private final FeasibleRange lp = new FeasibleRange();
        private final Map<CellId, Unknown> unknowns = new LinkedHashMap<>();
        private final Set<CellId> inEquations = new HashSet<>();
        private final Set<String> equations = new HashSet<>();
        private final Map<String, Refused> refused = new LinkedHashMap<>();
        /** Per wave and indicator, the cells beyond scope of every shown whole ("*") and sector figure. */
        private final Map<String, Map<String, List<CellId>>> beyond = new LinkedHashMap<>();

        Attack(World world, Viewer viewer, Tally tally, int minimumBeyond) {
            this.world = world;
            this.viewer = viewer;
            this.tally = tally;
            this.minimumBeyond = minimumBeyond;
        }

        void run() {
            for (WaveOf wave : world.waves) {
                wave(wave);
            }
            compare();
            typology();
            targets();
            evaluation();
            derivedParts();
            solve();
        }

        // ---- collecting over HTTP

        private JsonNode get(String path, int expected) {
            tally.requests++;
            long started = System.nanoTime();
            var response = Accounts.as(viewer.session()).get(path);
            response.asByteArray();
            tally.httpNanos += System.nanoTime() - started;
            if (response.statusCode() != expected) {
                fail("status", path + " answered " + response.statusCode() + ", expected " + expected + ": " + response.asString());
                return null;
            }
            if (expected != 200) {
                return null;
            }
            try {
                return JSON.readTree(response.asByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<Filter> filters() {
            List<Filter> filters = new ArrayList<>();
            filters.add(new Filter("", "", s -> true));
            world.schools.stream().map(School::sector).distinct().sorted()
                    .forEach(sector -> filters.add(new Filter("?sector=" + sector.code(), " sector " + sector.code(),
                            s -> s.sector() == sector)));
            world.boards.forEach(board -> filters.add(new Filter("?board=" + board, " board " + board, s -> s.board() == board)));
            world.schools.forEach(school -> filters.add(new Filter("?institution=" + school.id(), " institution " + school.id(),
                    s -> s.id() == school.id())));
            return filters;
        }

        /** The wave's schools the viewer sees and the filter keeps: every figure's group outside targets. */
        private List<Long> group(WaveOf wave, Filter filter) {
            return wave.institutions().stream().filter(viewer::sees).filter(i -> filter.keeps().test(world.school(i))).toList();
        }

        private boolean visible(WaveOf wave) {
            return wave.institutions().stream().anyMatch(viewer::sees);
        }

        private void wave(WaveOf wave) {
            if (!visible(wave)) {
                get("/api/analysis/waves/" + wave.id(), 404);
                get("/api/analysis/waves/" + wave.id() + "/reach", 404);
                get("/api/exports/waves/" + wave.id() + "/aggregates.xlsx", 404);
                return;
            }
            for (Filter filter : filters()) {
                String where = "wave " + wave.id() + filter.label();
                List<Long> group = group(wave, filter);
                JsonNode results = get("/api/analysis/waves/" + wave.id() + filter.query(), 200);
                if (results != null) {
                    results(where, wave, group, results);
                }
                JsonNode reach = get("/api/analysis/waves/" + wave.id() + "/reach" + filter.query(), 200);
                if (reach != null) {
                    reach(where + " reach", wave, group, reach);
                }
            }
            workbook(wave);
        }

        private void results(String where, WaveOf wave, List<Long> group, JsonNode json) {
            respondents(where, wave, group, json);
            Questionnaire q = wave.questionnaire();
            for (Indicator indicator : q.indicators()) {
                JsonNode node = find(json.path("indicators"), "id", indicator.id());
                String at = where + " " + indicator.id();
                indicator(at + " overall", wave, indicator.id(), group, figure(node.path("overall")));
                Map<String, JsonNode> bySector = index(node.path("bySector"), "group");
                Set<String> sectors = group.stream().map(i -> world.school(i).sector().code()).collect(Collectors.toSet());
                same(at + " sectors", sectors, bySector.keySet());
                for (String sector : sectors) {
                    indicator(at + " sector " + sector, wave, indicator.id(),
                            group.stream().filter(i -> world.school(i).sector().code().equals(sector)).toList(),
                            figure(bySector.getOrDefault(sector, JSON.missingNode())));
                }
                Map<String, JsonNode> bySchool = index(node.path("byInstitution"), "groupId");
                same(at + " institutions", group.stream().map(String::valueOf).collect(Collectors.toSet()), bySchool.keySet());
                for (long institution : group) {
                    indicator(at + " institution " + institution, wave, indicator.id(), List.of(institution),
                            figure(bySchool.getOrDefault(String.valueOf(institution), JSON.missingNode())));
                }
            }
            q.items().filter(i -> !i.type().isOpenText()).forEach(item -> {
                for (String key : AnswerKey.of(item)) {
                    JsonNode node = find(json.path("items"), "key", key);
                    Map<String, Long> counts = new HashMap<>();
                    if (node.hasNonNull("answered")) {
                        counts.put("*", node.get("answered").asLong());
                        node.path("options").forEach(o -> counts.put(o.get("id").asText(), o.get("respondents").asLong()));
                    }
                    check(where + " item " + key, wave, CellKind.ITEM, key, group, Shown.detailed(
                            node.path("suppressed").asBoolean(), text(node, "withheld"), counts, integer(node, "institutions"),
                            integer(node, "leftOut")), keys(item));
                }
            });
            for (ItemScale scale : q.scales()) {
                JsonNode node = find(json.path("scales"), "id", scale.id());
                Map<String, Long> counts = node.hasNonNull("n") ? Map.of("n", node.get("n").asLong()) : Map.of();
                check(where + " scale " + scale.id(), wave, CellKind.SCALE, scale.id(), group,
                        Shown.detailed(node.path("suppressed").asBoolean(), null, counts, integer(node, "institutions"),
                                integer(node, "leftOut")), List.of("n"));
            }
        }

        private void respondents(String where, WaveOf wave, List<Long> group, JsonNode json) {
            long respondents = group.stream().mapToLong(i -> world.truth.respondents(wave.id(), i)).sum();
            equal(where + " respondents", respondents, json.path("respondents").asLong());
            boolean known = group.stream().allMatch(i -> world.school(i).population() != null);
            Long population = known ? group.stream().mapToLong(i -> world.school(i).population()).sum() : null;
            equal(where + " population", population, json.hasNonNull("population") ? json.get("population").asLong() : null);
        }

        private void reach(String where, WaveOf wave, List<Long> group, JsonNode json) {
            respondents(where, wave, group, json);
            Map<String, JsonNode> rows = index(json.path("institutions"), "institutionId");
            same(where + " institutions", group.stream().map(String::valueOf).collect(Collectors.toSet()), rows.keySet());
            for (long institution : group) {
                equal(where + " respondents of " + institution, world.truth.respondents(wave.id(), institution),
                        rows.getOrDefault(String.valueOf(institution), JSON.missingNode()).path("respondents").asLong());
            }
            for (Item item : wave.questionnaire().backgroundItems()) {
                JsonNode node = find(json.path("makeUp"), "itemId", item.id());
                Map<String, Long> counts = new HashMap<>();
                if (node.hasNonNull("answered")) {
                    counts.put("*", node.get("answered").asLong());
                }
                node.path("groups").forEach(g -> {
                    if (g.hasNonNull("respondents")) {
                        counts.put(g.get("answer").asText(), g.get("respondents").asLong());
                    }
                });
                check(where + " make-up " + item.id(), wave, CellKind.ITEM, item.id(), group,
                        Shown.detailed(node.path("suppressed").asBoolean(), text(node, "withheld"), counts, null,
                                integer(node, "leftOut")), keys(item));
            }
        }

        /** The workbook holds the unfiltered tables of the monitor: they must be the same sums. */
        private void workbook(WaveOf wave) {
            tally.requests++;
            var response = Accounts.as(viewer.session()).get("/api/exports/waves/" + wave.id() + "/aggregates.xlsx");
            if (response.statusCode() != 200) {
                fail("status", "the workbook of wave " + wave.id() + " answered " + response.statusCode());
                return;
            }
            List<Long> all = group(wave, new Filter("", "", s -> true));
            String where = "workbook of wave " + wave.id();
            Questionnaire q = wave.questionnaire();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
                int rows = 0;
                for (Row row : rows(workbook.getSheet("Indicatoren"))) {
                    rows++;
                    Indicator indicator = q.indicators().stream().filter(i -> i.label().in("nl").equals(string(row, 0)))
                            .findFirst().orElseThrow(() -> new AssertionError(where + ": no indicator " + string(row, 0)));
                    String group = string(row, 1);
                    List<Long> members = switch (string(row, 2)) {
                        case "totaal" -> all;
                        case "sector" -> all.stream().filter(i -> world.school(i).sector().code().equals(group)).toList();
                        default -> all.stream().filter(i -> world.school(i).name().equals(group)).toList();
                    };
                    boolean suppressed = "ja".equals(string(row, 8));
                    Map<String, Long> counts = suppressed ? Map.of()
                            : Map.of("positive", number(row, 3), "answered", number(row, 4));
                    indicator(where + " " + indicator.id() + " " + string(row, 2) + " " + group, wave, indicator.id(), members,
                            Shown.plain(suppressed, null, counts));
                }
                int sectors = (int) all.stream().map(i -> world.school(i).sector()).distinct().count();
                equal(where + " indicator rows", (long) q.indicators().size() * (1 + sectors + all.size()), (long) rows);

                Map<String, Map<String, Long>> items = new LinkedHashMap<>();
                for (Row row : rows(workbook.getSheet("Uitspraken"))) {
                    Map<String, Long> counts = items.computeIfAbsent(string(row, 0), k -> new HashMap<>());
                    if (row.getCell(3) != null) {
                        Item item = q.item(string(row, 0).split(":")[0]).orElseThrow();
                        String option = item.allOptions().stream().filter(o -> o.label().in("nl").equals(string(row, 3)))
                                .map(AnswerOption::id).findFirst().orElseThrow();
                        counts.put("*", number(row, 2));
                        counts.put(option, number(row, 4));
                    }
                }
                q.items().filter(i -> !i.type().isOpenText()).forEach(item -> {
                    for (String key : AnswerKey.of(item)) {
                        Map<String, Long> counts = items.getOrDefault(key, Map.of());
                        check(where + " item " + key, wave, CellKind.ITEM, key, all,
                                Shown.plain(counts.isEmpty(), null, counts), keys(item));
                    }
                });
                Map<String, Long> respondents = new HashMap<>();
                for (Row row : rows(workbook.getSheet("Respons"))) {
                    respondents.put(string(row, 0), number(row, 2));
                }
                Map<String, Long> expected = all.stream().collect(Collectors.toMap(i -> world.school(i).name(),
                        i -> world.truth.respondents(wave.id(), i)));
                equal(where + " respondents", expected, respondents);
                tally.figures++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Baseline against follow-up over the viewer's schools: the shares of the same sums as the two waves' totals. */
        private void compare() {
            List<WaveOf> parents = world.waves.stream().filter(WaveOf::parents).toList();
            if (parents.size() < 2) {
                return;
            }
            WaveOf baseline = parents.get(0);
            WaveOf followUp = parents.get(1);
            String path = "/api/analysis/compare?baseline=" + baseline.id() + "&followUp=" + followUp.id();
            if (!visible(baseline) || !visible(followUp)) {
                get(path, 404);
                return;
            }
            JsonNode json = get(path, 200);
            if (json == null) {
                return;
            }
            Filter all = filters().get(0);
            for (Indicator indicator : followUp.questionnaire().indicators()) {
                String where = "comparison " + indicator.id();
                JsonNode change = find(json.path("changes"), "indicatorId", indicator.id());
                Double before = share(world.included(baseline.id(), CellKind.INDICATOR, indicator.id(), group(baseline, all)));
                Double after = share(world.included(followUp.id(), CellKind.INDICATOR, indicator.id(), group(followUp, all)));
                boolean suppressed = before == null || after == null;
                equal(where + " suppressed", suppressed, change.path("suppressed").asBoolean());
                if (!suppressed) {
                    close(where + " baseline", before, change.path("baseline").asDouble());
                    close(where + " follow-up", after, change.path("followUp").asDouble());
                }
                tally.figures++;
            }
        }

        private Double share(List<CellId> cells) {
            long answered = world.truth.sum(cells, "answered");
            return cells.isEmpty() ? null : (double) world.truth.sum(cells, "positive") / answered;
        }

        private void typology() {
            for (School school : world.schools) {
                String path = "/api/analysis/institutions/" + school.id() + "/typology";
                if (!viewer.sees(school.id())) {
                    get(path, 404);
                    continue;
                }
                JsonNode json = get(path, 200);
                if (json == null) {
                    continue;
                }
                List<WaveOf> lists = world.waves.stream().filter(w -> !w.parents() && w.institutions().contains(school.id())).toList();
                equal("typology of " + school.id() + " sides", (long) lists.size(), (long) json.path("sides").size());
                for (WaveOf wave : lists) {
                    side("typology of " + school.id(), wave, school.id(), find(json.path("sides"), "questionnaireId", TYPOLOGY));
                }
            }
        }

        /** Rungs add up the shown statements of their rung; improvement points are statements shown in both modes. */
        private void side(String where, WaveOf wave, long school, JsonNode side) {
            Questionnaire q = wave.questionnaire();
            equal(where + " wave", wave.id(), side.path("waveId").asLong());
            equal(where + " respondents", world.truth.respondents(wave.id(), school), side.path("respondents").asLong());
            String current = q.modes().get(0).id();
            String desired = q.modes().get(1).id();
            TagDimension ladder = q.tagDimension(q.typology().dimension()).orElseThrow();
            boolean anyShown = false;
            Set<String> points = new HashSet<>();
            for (TagDimension.TagValue rung : ladder.values()) {
                List<Item> statements = q.items().filter(i -> rung.id().equals(i.tags().get(ladder.id()))).toList();
                List<CellId> now = new ArrayList<>();
                List<CellId> wish = new ArrayList<>();
                for (Item statement : statements) {
                    CellId c = new CellId(wave.id(), school, CellKind.ITEM, AnswerKey.of(statement, current));
                    CellId d = new CellId(wave.id(), school, CellKind.ITEM, AnswerKey.of(statement, desired));
                    if (world.shown(c)) {
                        now.add(c);
                    }
                    if (world.shown(d)) {
                        wish.add(d);
                    }
                    if (world.shown(c) && world.shown(d)) {
                        points.add(statement.id());
                        JsonNode point = find(side.path("improvementPoints"), "itemId", statement.id());
                        close(where + " point " + statement.id() + " current", ratio(List.of(c), q), point.path("current").asDouble());
                        close(where + " point " + statement.id() + " desired", ratio(List.of(d), q), point.path("desired").asDouble());
                        equal(where + " point " + statement.id() + " respondents",
                                Math.min(world.truth.count(c, "*"), world.truth.count(d, "*")), point.path("respondents").asLong());
                    }
                }
                anyShown |= !now.isEmpty() || !wish.isEmpty();
                JsonNode node = find(side.path("rungs"), "id", rung.id());
                if (side.path("suppressed").asBoolean()) {
                    continue;
                }
                rung(where + " rung " + rung.id() + " current", now, q, node.path("answersCurrent").asLong(), node.get("current"));
                rung(where + " rung " + rung.id() + " desired", wish, q, node.path("answersDesired").asLong(), node.get("desired"));
            }
            equal(where + " suppressed", !anyShown, side.path("suppressed").asBoolean());
            Set<String> listed = new HashSet<>();
            side.path("improvementPoints").forEach(p -> listed.add(p.path("itemId").asText()));
            same(where + " improvement points", points, listed);
        }

        private void rung(String where, List<CellId> cells, Questionnaire q, long answers, JsonNode share) {
            tally.figures++;
            equal(where + " answers", world.truth.sum(cells, "*"), answers);
            if (cells.isEmpty() || world.truth.sum(cells, "*") == 0) {
                equal(where + " share", null, share == null || share.isNull() ? null : share.asDouble());
                return;
            }
            long positive = Math.round(share.asDouble() * answers);
            // One school the viewer sees, whose statements it is shown one by one: no unknown for the attacker.
            equal(where + " positive", positive(cells, q), positive);
        }

        private long positive(List<CellId> cells, Questionnaire q) {
            return q.typology().positive().stream().mapToLong(p -> world.truth.sum(cells, p)).sum();
        }

        private double ratio(List<CellId> cells, Questionnaire q) {
            return (double) positive(cells, q) / world.truth.sum(cells, "*");
        }

        private boolean targetVisible(TargetSpec target) {
            return target.institution() == null || viewer.sees(target.institution());
        }

        private void targets() {
            JsonNode list = get("/api/targets", 200);
            if (list != null) {
                Map<String, JsonNode> byId = index(list, "id");
                same("target list", world.targets.stream().filter(this::targetVisible).map(t -> String.valueOf(t.id()))
                        .collect(Collectors.toSet()), byId.keySet());
                for (TargetSpec target : world.targets) {
                    if (byId.containsKey(String.valueOf(target.id()))) {
                        target("target list: " + target.describe(), target, byId.get(String.valueOf(target.id())), null);
                    }
                }
            }
            for (TargetSpec target : world.targets) {
                JsonNode json = get("/api/targets/" + target.id(), targetVisible(target) ? 200 : 404);
                if (json != null) {
                    target(target.describe(), target, json, null);
                }
            }
        }

        private void evaluation() {
            if (world.plan == null) {
                return;
            }
            String path = "/api/lea/plans/" + world.plan + "/evaluation";
            if (viewer.role() == Role.INSTITUTION_LEAD) {
                get(path, 403);
                return;
            }
            JsonNode first = get(path, 200);
            if (first == null) {
                return;
            }
            for (JsonNode year : first.path("years")) {
                JsonNode json = year.asInt() == first.path("year").asInt() ? first : get(path + "?year=" + year.asInt(), 200);
                if (json == null) {
                    continue;
                }
                JsonNode target = json.path("goals").path(0).path("target");
                String where = "evaluation " + year.asInt() + " of " + world.goalTarget.describe();
                if (!targetVisible(world.goalTarget)) {
                    equal(where + " hidden", true, target.isMissingNode() || target.isNull());
                } else {
                    target(where, world.goalTarget, target, LocalDate.of(year.asInt(), 12, 31));
                }
            }
        }

        /**
         * A target's points, one per wave of its questionnaire. Where the viewer sees every school of its group,
         * a point is the plain sum of the shown cells; where it reaches beyond them, a shown point is the sum over
         * every shown cell of the group, and a withheld one is a refused aggregate the attacker will try to work out.
         */
        private void target(String where, TargetSpec target, JsonNode json, LocalDate until) {
            Map<String, JsonNode> points = index(json.path("trend"), "waveId");
            for (WaveOf wave : world.waves) {
                if (!wave.parents() || until != null && wave.opensOn().isAfter(until)) {
                    continue;
                }
                List<Long> group = wave.institutions().stream().filter(i -> target.covers(world.school(i))).toList();
                JsonNode point = points.remove(String.valueOf(wave.id()));
                long seen = group.stream().filter(viewer::sees).mapToLong(i -> world.truth.respondents(wave.id(), i)).sum();
                long unseen = group.stream().filter(i -> !viewer.sees(i)).mapToLong(i -> world.truth.respondents(wave.id(), i)).sum();
                String at = where + " wave " + wave.id();
                boolean shown = point != null && !point.path("suppressed").asBoolean();
                if (!group.stream().allMatch(viewer::sees) && seen == 0 && !shown) {
                    tally.presence(point != null, unseen > 0, tally.where(world, viewer) + at);
                }
                if (point == null) {
                    continue;
                }
                if (group.isEmpty()) {
                    fail("target", at + ": a point although the wave has none of the target's schools");
                    continue;
                }
                point(at, wave, target.indicator(), group, point);
            }
            if (!points.isEmpty()) {
                fail("target", where + ": points for waves that are not the target's: " + points.keySet());
            }
        }

        private void point(String where, WaveOf wave, String indicator, List<Long> group, JsonNode point) {
            boolean suppressed = point.path("suppressed").asBoolean();
            Map<String, Long> counts = new HashMap<>();
            if (point.hasNonNull("answered")) {
                counts.put("answered", point.get("answered").asLong());
                counts.put("positive", Math.round(point.path("share").asDouble() * point.get("answered").asLong()));
            }
            Shown shown = Shown.plain(suppressed, text(point, "withheld"), counts);
            if (group.stream().allMatch(viewer::sees)) {
                indicator(where, wave, indicator, group, shown);
                return;
            }
            List<CellId> cells = world.included(wave.id(), CellKind.INDICATOR, indicator, group);
            List<CellId> outside = cells.stream().filter(c -> !viewer.sees(c.institution())).toList();
            String family = group.size() == wave.institutions().size() ? "*" : world.school(group.get(0)).sector().code();
            if (suppressed) {
                tally.beyondWithheld++;
                if (!counts.isEmpty()) {
                    fail("sum", where + ": withheld, yet it shows " + counts);
                }
                if (!outside.isEmpty()) {
                    refused.putIfAbsent(outside.toString(), new Refused("withheld " + where, outside));
                }
                return;
            }
            tally.beyondShown++;
            if (!sums(where, wave, group, cells, shown, List.of("positive", "answered"))) {
                return;
            }
            if (!outside.isEmpty() && !safe(outside)) {
                fail("rule", where + ": shown, but its part beyond the viewer's schools is not safe: " + part(outside));
            }
            beyond.computeIfAbsent(wave.id() + " " + indicator, k -> new TreeMap<>()).put(family, outside);
            for (String key : List.of("positive", "answered")) {
                equation(where, cells, key, counts.get(key));
            }
        }

        /** Whole minus the shown sectors, beyond the viewer's schools: never an unsafe part. */
        private void derivedParts() {
            beyond.forEach((measure, families) -> {
                List<CellId> whole = families.get("*");
                if (whole == null) {
                    return;
                }
                Set<CellId> rest = new LinkedHashSet<>(whole);
                families.forEach((family, cells) -> {
                    if (!family.equals("*")) {
                        cells.forEach(rest::remove);
                    }
                });
                if (!rest.isEmpty() && !safe(rest)) {
                    fail("rule", "wave " + measure + ": the whole minus the shown sectors leaves an unsafe part beyond the viewer's"
                            + " schools: " + part(rest) + " (sectors shown: " + families.keySet() + ")");
                }
            });
        }

        private boolean safe(Collection<CellId> part) {
            return part.size() >= minimumBeyond && world.truth.sum(part, "answered") > (long) part.size() * world.threshold
                    && world.truth.sum(part, "positive") >= 1;
        }

        private String part(Collection<CellId> part) {
            return part.size() + " institutions, " + world.truth.sum(part, "positive") + " positive of "
                    + world.truth.sum(part, "answered") + " " + part.stream().map(c -> c.institution() + ":"
                            + world.truth.count(c, "positive") + "/" + world.truth.count(c, "answered")).toList();
        }

        // ---- checking figures against the truth

        private void indicator(String where, WaveOf wave, String indicator, List<Long> group, Shown shown) {
            check(where, wave, CellKind.INDICATOR, indicator, group, shown, List.of("positive", "answered"));
        }

        /** A figure within the viewer's schools: the sum over exactly the shown cells of its group. */
        private void check(String where, WaveOf wave, CellKind kind, String measure, List<Long> group, Shown shown,
                List<String> keys) {
            List<CellId> cells = world.included(wave.id(), kind, measure, group);
            if (sums(where, wave, group, cells, shown, keys)) {
                for (String key : keys) {
                    if (!cells.isEmpty()) {
                        equation(where, cells, key, shown.counts().getOrDefault(key, 0L));
                    }
                }
            }
        }

        /** Whether a figure shows exactly the truth over these cells (withheld as too few when there are none). */
        private boolean sums(String where, WaveOf wave, List<Long> group, List<CellId> cells, Shown shown, List<String> keys) {
            tally.figures++;
            if (shown.suppressed() && !shown.counts().isEmpty()) {
                fail("sum", where + ": withheld, yet it shows " + shown.counts());
                return false;
            }
            if (cells.isEmpty()) {
                if (!shown.suppressed() || shown.withheld() != null && !shown.withheld().equals("too-few-answers")) {
                    fail("sum", where + ": no cell of its group is shown, yet it is " + shown + "; " + hidden(wave, group, cells));
                    return false;
                }
                return true;
            }
            if (shown.suppressed()) {
                fail("sum", where + ": withheld although it adds up the shown cells of " + institutions(cells));
                return false;
            }
            for (String key : keys) {
                long expected = world.truth.sum(cells, key);
                long actual = shown.counts().getOrDefault(key, 0L);
                if (expected != actual) {
                    fail("sum", where + ": " + key + " is " + actual + ", but the shown cells of " + institutions(cells)
                            + " add up to " + expected + "; " + hidden(wave, group, cells));
                    return false;
                }
            }
            if (shown.detailed()) {
                if (shown.institutions() != null && shown.institutions() != cells.size()) {
                    fail("sum", where + ": says it counts " + shown.institutions() + " institutions, but " + cells.size()
                            + " are shown");
                }
                long leftOut = group.stream().filter(i -> world.truth.respondents(wave.id(), i) > 0)
                        .filter(i -> cells.stream().noneMatch(c -> c.institution() == i)).count();
                equal(where + " left out", leftOut, shown.leftOut() == null ? 0L : (long) shown.leftOut());
                tally.leftOutOfTotals += leftOut > 0 && cells.size() > 0 ? 1 : 0;
            }
            return true;
        }

        private static List<Long> institutions(List<CellId> cells) {
            return cells.stream().map(CellId::institution).toList();
        }

        /** For a wrong figure: the group's schools whose cell is hidden and their respondents, which usually explains it. */
        private String hidden(WaveOf wave, List<Long> group, List<CellId> cells) {
            return "the group's other schools (respondents): " + group.stream()
                    .filter(i -> cells.stream().noneMatch(c -> c.institution() == i))
                    .map(i -> i + " (" + world.truth.respondents(wave.id(), i) + ")").toList();
        }

        // ---- the attacker's system

        /**
         * One sum the viewer learnt. Cells the viewer is shown one by one are constants; what is left are the
         * cells of schools beyond their scope. A hidden cell in scope never gets here: every figure left it out,
         * as checked before, so all the attacker knows of it is that it is below the threshold.
         */
        private void equation(String why, List<CellId> cells, String key, long value) {
            Expression unknown = new Expression();
            long constant = 0;
            for (CellId cell : cells) {
                if (viewer.sees(cell.institution())) {
                    constant += world.truth.count(cell, key);
                } else {
                    Unknown u = unknown(cell);
                    unknown.plus(key.equals("positive") ? Expression.of(u.positive()) : u.answered());
                    inEquations.add(cell);
                }
            }
            if (unknown.terms().isEmpty()) {
                return;
            }
            String identity = cells + " " + key;
            if (equations.add(identity)) {
                lp.equal(unknown, value - constant, viewer.label() + ": " + why + " " + key);
                tally.equations++;
            }
        }

        private Unknown unknown(CellId cell) {
            Unknown known = unknowns.get(cell);
            if (known != null) {
                return known;
            }
            if (cell.kind() != CellKind.INDICATOR) {
                throw new IllegalStateException("only target indicators reach beyond a viewer's schools, not " + cell);
            }
            String name = cell.measure() + "@" + cell.institution() + "/w" + cell.wave();
            Unknown u = new Unknown(lp.variable(name + ".positive"), lp.variable(name + ".other"));
            lp.atLeast(u.answered(), world.threshold, "counted in a total, so at least the threshold");
            // Anyone who answered an item of a narrower indicator counts as answering a wider one of the same school.
            Questionnaire q = world.truth.questionnaire(cell.wave());
            unknowns.forEach((other, v) -> {
                if (other.wave() == cell.wave() && other.institution() == cell.institution()) {
                    List<String> mine = items(q, cell.measure());
                    List<String> theirs = items(q, other.measure());
                    if (theirs.containsAll(mine)) {
                        lp.atMost(new Expression().plus(u.answered()).plus(negated(v.answered())), 0, name + " within " + other.measure());
                    } else if (mine.containsAll(theirs)) {
                        lp.atMost(new Expression().plus(v.answered()).plus(negated(u.answered())), 0, other.measure() + " within " + name);
                    }
                }
            });
            unknowns.put(cell, u);
            return u;
        }

        private static List<String> items(Questionnaire q, String indicator) {
            return q.indicators().stream().filter(i -> i.id().equals(indicator)).findFirst().orElseThrow().items();
        }

        private static Expression negated(Expression e) {
            Expression minus = new Expression();
            e.terms().forEach((v, c) -> minus.plus(v, -c));
            return minus;
        }

        /** Every count the viewer is not shown but that appears in a sum: none may be pinned to one value. */
        private void solve() {
            long before = lp.solves();
            long started = System.nanoTime();
            for (CellId cell : List.copyOf(unknowns.keySet())) {
                tally.hiddenInEquations++;
                pinned(cell.toString(), List.of(cell));
            }
            for (Refused r : refused.values()) {
                if (r.cells().stream().anyMatch(inEquations::contains)) {
                    tally.refusedChecked++;
                    pinned(r.label() + ", its cells beyond scope " + r.cells().stream().map(CellId::institution).toList(), r.cells());
                }
            }
            tally.solves += lp.solves() - before;
            tally.solveNanos += System.nanoTime() - started;
        }

        private void pinned(String group, List<CellId> cells) {
            Expression positive = new Expression();
            Expression other = new Expression();
            for (CellId cell : cells) {
                Unknown u = unknown(cell);
                positive.plus(u.positive(), 1);
                other.plus(u.negative(), 1);
            }
            Map<String, Expression> counts = new LinkedHashMap<>();
            counts.put("positive", positive);
            counts.put("not positive", other);
            counts.put("answered", new Expression().plus(positive).plus(other));
            counts.forEach((name, expression) -> {
                Range range = lp.range(expression);
                if (range.pinned()) {
                    long truth = world.truth.sum(cells, name.equals("answered") ? "answered" : "positive");
                    if (name.equals("not positive")) {
                        truth = world.truth.sum(cells, "answered") - truth;
                    }
                    fail("pinned", group + ": " + name + " is pinned to " + range + " (truth " + truth + ") by\n"
                            + lp.describe(expression.terms().keySet().stream().mapToInt(Integer::intValue).toArray()));
                }
            });
        }

        // ---- small helpers

        private void fail(String kind, String message) {
            tally.fail(kind, tally.where(world, viewer) + message);
        }

        private void equal(String where, Object expected, Object actual) {
            if (!Objects.equals(expected, actual)) {
                fail("value", where + ": expected " + expected + " but was " + actual);
            }
        }

        private void close(String where, double expected, double actual) {
            if (Math.abs(expected - actual) > 1e-9) {
                fail("value", where + ": expected " + expected + " but was " + actual);
            }
        }

        private void same(String where, Set<String> expected, Set<String> actual) {
            if (!expected.equals(actual)) {
                fail("value", where + ": expected " + new TreeSet<>(expected) + " but was " + new TreeSet<>(actual));
            }
        }

        private static List<String> keys(Item item) {
            List<String> keys = new ArrayList<>(List.of("*"));
            item.allOptions().forEach(o -> keys.add(o.id()));
            return keys;
        }

        private static Shown figure(JsonNode f) {
            Map<String, Long> counts = new HashMap<>();
            if (f.hasNonNull("positive")) {
                counts.put("positive", f.get("positive").asLong());
                counts.put("answered", f.get("answered").asLong());
            }
            return Shown.detailed(f.path("suppressed").asBoolean(), text(f, "withheld"), counts, integer(f, "institutions"),
                    integer(f, "leftOut"));
        }

        private static JsonNode find(JsonNode array, String field, String value) {
            for (JsonNode node : array) {
                if (node.path(field).asText().equals(value)) {
                    return node;
                }
            }
            return JSON.missingNode();
        }

        private static Map<String, JsonNode> index(JsonNode array, String field) {
            Map<String, JsonNode> byField = new LinkedHashMap<>();
            array.forEach(node -> byField.put(node.path(field).asText(), node));
            return byField;
        }

        private static String text(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        }

        private static Integer integer(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asInt() : null;
        }

        private static List<Row> rows(Sheet sheet) {
            List<Row> rows = new ArrayList<>();
            sheet.forEach(row -> {
                if (row.getRowNum() > 0) {
                    rows.add(row);
                }
            });
            return rows;
        }

        private static String string(Row row, int column) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
            return cell == null ? null : cell.getStringCellValue();
        }

        private static long number(Row row, int column) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
            return cell == null || cell.getCellType() != CellType.NUMERIC ? -1 : Math.round(cell.getNumericCellValue());
        }
    }

    /** What the whole run did and found. */
    static final class Tally {

        private final long seed;
        int cases;
        int viewers;
        long requests;
        long figures;
        long equations;
        long solves;
        long hiddenInEquations;
        long refusedChecked;
        long beyondShown;
        long beyondWithheld;
        long leftOutOfTotals;
        long buildNanos;
        long httpNanos;
        long solveNanos;
        final List<String> failures = new ArrayList<>();
        final Map<String, Integer> failuresByKind = new TreeMap<>();
        private String presentWithUnseen;
        private String absentWithoutUnseen;

        Tally(long seed) {
            this.seed = seed;
        }

        String where(World world, Viewer viewer) {
            return "seed " + seed + " case " + world.number + " (-Dattacker.case=" + world.number + "), " + viewer.label() + ": ";
        }

        /** Adds what one attack counted and found. */
        void add(Tally attack) {
            viewers++;
            requests += attack.requests;
            figures += attack.figures;
            equations += attack.equations;
            solves += attack.solves;
            hiddenInEquations += attack.hiddenInEquations;
            refusedChecked += attack.refusedChecked;
            beyondShown += attack.beyondShown;
            beyondWithheld += attack.beyondWithheld;
            leftOutOfTotals += attack.leftOutOfTotals;
            httpNanos += attack.httpNanos;
            solveNanos += attack.solveNanos;
            failures.addAll(attack.failures);
            attack.failuresByKind.forEach((kind, n) -> failuresByKind.merge(kind, n, Integer::sum));
            presentWithUnseen = presentWithUnseen != null ? presentWithUnseen : attack.presentWithUnseen;
            absentWithoutUnseen = absentWithoutUnseen != null ? absentWithoutUnseen : attack.absentWithoutUnseen;
        }

        void fail(String kind, String message) {
            failuresByKind.merge(kind, 1, Integer::sum);
            failures.add("[" + kind + "] " + message);
            System.out.println("ATTACKER FAILURE [" + kind + "] " + message);
        }

        /**
         * A target point the viewer can see no figure and no respondent behind: whether it is there must not
         * depend on respondents of schools the viewer does not see.
         */
        void presence(boolean present, boolean unseenRespondents, String where) {
            if (present && unseenRespondents && presentWithUnseen == null) {
                presentWithUnseen = where;
            }
            if (!present && !unseenRespondents && absentWithoutUnseen == null) {
                absentWithoutUnseen = where;
            }
        }

        void respondentsBeyondScope() {
            if (presentWithUnseen != null && absentWithoutUnseen != null) {
                fail("respondents", "a target's trend has a withheld point for a wave exactly when schools beyond the viewer's"
                        + " scope had responses, so it tells whether they had any: present at " + presentWithUnseen
                        + "; absent at " + absentWithoutUnseen);
            }
        }

        String summary(long seconds) {
            return "ATTACKER SUMMARY seed=" + seed + " cases=" + cases + " viewers=" + viewers + " requests=" + requests
                    + " figures=" + figures + " equations=" + equations + " lpSolves=" + solves + " hiddenCellsInEquations="
                    + hiddenInEquations + " refusedAggregatesChecked=" + refusedChecked + " beyondScopeShown=" + beyondShown
                    + " beyondScopeWithheld=" + beyondWithheld + " totalsLeavingOutHidden=" + leftOutOfTotals + " pinned="
                    + failuresByKind.getOrDefault("pinned", 0) + " failures=" + failures.size() + " seconds=" + seconds + " (building " + buildNanos / 1_000_000_000
                    + " s, requests " + httpNanos / 1_000_000_000 + " s, linear programs " + solveNanos / 1_000_000 + " ms)";
        }
    }
}
