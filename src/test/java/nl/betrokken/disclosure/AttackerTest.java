package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.betrokken.counting.Aggregator;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.disclosure.AttackCase.School;
import nl.betrokken.disclosure.AttackCase.TargetSpec;
import nl.betrokken.disclosure.AttackCase.Viewer;
import nl.betrokken.disclosure.AttackCase.WaveOf;
import nl.betrokken.disclosure.AttackCase.World;
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
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

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
    /**
     * Every filter of every wave for three viewers makes a case some 160 requests, about 1.5 s on this 2-core
     * machine; 50 cases keep the whole suite inside CI's 25 minutes (all 200 of this seed passed when the
     * suite was smaller, 120 until the counter also kept segments, 90 until the figures gained response rates,
     * weighting and the decisions page, 60 until the benchmarks). A longer hunt: -Dattacker.cases=1000, or
     * another -Dattacker.seed.
     */
    private static final int CASES = Integer.getInteger("attacker.cases", 50);

    private static final int ONLY = Integer.getInteger("attacker.case", -1);

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String PARENTS = "parent-baseline";
    static final String TYPOLOGY = "school-typology-parents";
    private static final List<String> HEADLINES = List.of("a1", "b1", "c1");
    private static final List<String> THEME_A = List.of("a2", "a3", "a4", "a5", "a6");
    private static final List<String> STATEMENTS = List.of("t01", "t02", "t09", "t10", "t19", "t20");
    static final List<String> TARGETED =
            List.of("satisfied-relationship", "learning-at-home-support", "parenting-support", "theme-a");

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

    /** A user made once and moved from case to case, with the session it logged in with. */
    private record PooledUser(String username, String session) {}

    private final Map<String, PooledUser> pool = new HashMap<>();

    @Test
    void noHiddenCountCanBeWorkedOutFromWhatAnyRoleIsShown() {
        long started = System.nanoTime();
        Tally tally = new Tally(SEED);

        // Viewers attack side by side: the service answers several requests at once, and each attack is independent.
        ExecutorService attackers = Executors.newFixedThreadPool(Integer.getInteger("attacker.threads", 2));
        int minimum = ConfigProvider.getConfig()
                .getOptionalValue("betrokken.disclosure.institutions-beyond-scope", Integer.class)
                .orElse(3);
        try {
            attack(tally, attackers, minimum);
        } finally {
            attackers.shutdownNow();
        }
        tally.respondentsBeyondScope();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String summary = tally.summary(seconds);
        System.out.println(summary);

        assertTrue(
                tally.failures.isEmpty(),
                tally.failures.size() + " failures (" + tally.failuresByKind + "), first ones:\n"
                        + String.join("\n", tally.failures.subList(0, Math.min(15, tally.failures.size()))) + "\n"
                        + summary);
        // The dangerous paths must have been walked, or the absence of failures says nothing; a case on its own may
        // not.
        if (ONLY < 0) {
            int expected = tally.cases / 2;
            assertTrue(tally.hiddenInEquations >= expected, "hidden cells in equations: " + summary);
            assertTrue(
                    tally.beyondShown >= expected, "beyond-scope target figures shown to boards and leads: " + summary);
            assertTrue(tally.beyondWithheld >= expected, "beyond-scope target figures withheld: " + summary);
            assertTrue(tally.refusedChecked >= expected, "withheld aggregates checked: " + summary);
            assertTrue(tally.leftOutOfTotals >= expected, "totals that left out a hidden school: " + summary);
        }
    }

    /** Builds every case in turn and lets its viewers attack it. */
    private void attack(Tally tally, ExecutorService attackers, int minimum) {
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
        Municipality municipality =
                fixtures.municipality("Gemeente Aanval " + SEED + "-" + number + "-" + System.nanoTime());
        World world = new World(number, municipality.id);
        String analyst = session(Role.MUNICIPALITY_ANALYST, 0, municipality.id);
        world.analyst = analyst;
        if (random.nextInt(4) == 0) {
            world.threshold = 6 + random.nextInt(2);
            Accounts.as(analyst)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "parentThreshold",
                            world.threshold,
                            "staffThreshold",
                            5,
                            "microdataThreshold",
                            10,
                            "populationShares",
                            List.of()))
                    .put("/api/analysis/municipalities/" + municipality.id + "/settings")
                    .then()
                    .statusCode(200);
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
            List<Long> shuffled =
                    new ArrayList<>(world.schools.stream().map(School::id).toList());
            Collections.shuffle(shuffled, random);
            WaveOf typology = open(world, TYPOLOGY, TODAY.minusDays(1), shuffled.subList(0, 1 + random.nextInt(2)));
            answer(world, typology, random, leanings);
        }
        publish(world);
        targets(world, random);
        return world;
    }

    /** 4 to 7 schools over the boards; one sector holds most, so others have only one or two. */
    private void schools(World world, List<Board> boards, Random random) {
        List<Sector> sectors = new ArrayList<>(List.of(Sector.values()));
        Collections.shuffle(sectors, random);
        List<Sector> small = sectors.subList(1, 2 + random.nextInt(3));
        int count = 4 + random.nextInt(4);
        for (int k = 0; k < count; k++) {
            Board board = boards.get(k < boards.size() ? k : random.nextInt(boards.size()));
            Sector sector = random.nextDouble() < 0.55 ? sectors.get(0) : small.get(random.nextInt(small.size()));
            String name = "School " + world.number + "-" + k;
            long id = fixtures.institution(board, name, sector).id;
            double p = random.nextDouble();
            Integer population = p < 0.15 ? null : p < 0.25 ? 2 + random.nextInt(8) : 10 + random.nextInt(90);
            fixtures.population(id, population);
            world.add(new School(id, name, board.id, sector, population));
        }
    }

    private static List<Long> some(World world, Random random, double share) {
        List<Long> chosen = world.schools.stream()
                .filter(s -> random.nextDouble() < share)
                .map(School::id)
                .collect(Collectors.toCollection(ArrayList::new));
        if (chosen.isEmpty()) {
            chosen.add(world.schools.get(random.nextInt(world.schools.size())).id());
        }
        return chosen;
    }

    private WaveOf open(World world, String questionnaire, LocalDate opens, List<Long> institutions) {
        JsonPath opened = Waves.open(
                world.analyst,
                questionnaire,
                "link",
                opens,
                TODAY.plusDays(30),
                institutions.stream().mapToLong(Long::longValue).toArray());
        Map<Long, String> links = new HashMap<>();
        for (Map<String, Object> row : opened.<Map<String, Object>>getList("institutions")) {
            links.put(((Number) row.get("institutionId")).longValue(), (String) row.get("link"));
        }
        WaveOf wave = new WaveOf(
                opened.getLong("id"),
                catalog.latest(questionnaire).orElseThrow().questionnaire(),
                opens,
                List.copyOf(institutions),
                links);
        world.waves.add(wave);
        world.truth.wave(wave);
        return wave;
    }

    /** Per school and headline item, how likely a parent agrees; now and then a school (or the whole town) agrees to a man. */
    private static Map<String, Double> leanings(Random random, boolean unanimous) {
        Map<String, Double> leaning = new HashMap<>();
        for (String item : List.of("a1", "b1", "c1", "current", "desired")) {
            double p = random.nextDouble();
            double lean = p < 0.12 ? 1.0 : p < 0.2 ? 0.0 : 0.2 + random.nextDouble() * 0.7;
            leaning.put(item, unanimous && item.equals("a1") ? 1.0 : lean);
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
                Map<String, Object> answers = wave.parents()
                        ? parent(random, school, leanings.get(institution))
                        : typology(random, leanings.get(institution));
                sent.merge(answers, 1, Integer::sum);
                world.truth.add(wave, institution, answers);
            }
            sent.forEach((answers, times) -> responses.add(wave.links().get(institution), answers, times));
        }
    }

    private static Map<String, Object> parent(Random random, School school, Map<String, Double> leaning) {
        Map<String, Object> answers = new TreeMap<>();
        answers.put(
                "sector",
                random.nextDouble() < 0.9
                        ? school.sector().code()
                        : Sector.values()[random.nextInt(Sector.values().length)].code());
        if (random.nextDouble() < 0.75) {
            answers.put(
                    "home-language",
                    List.of("dutch", "dutch-and-other", "other").get(random.nextInt(3)));
        }
        if (random.nextDouble() < 0.4) {
            List<String> channels = List.of("app", "email", "paper", "talks").stream()
                    .filter(c -> random.nextBoolean())
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
        if (random.nextDouble() < positive) {
            return strongly ? "agree-strongly" : "agree";
        }
        return strongly ? "disagree-strongly" : "disagree";
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
        while (uncounted() > 0) {
            sleep();
            aggregator.catchUp();
        }
        world.waves.forEach(wave -> figures.publish(wave.id()));
    }

    private long uncounted() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from response where status = 'SUBMITTED' and not aggregated")
                                .getSingleResult())
                        .longValue());
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
        Set<Sector> sectors = world.schools.stream()
                .map(School::sector)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
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
        target(
                world,
                TARGETED.get(random.nextInt(3)),
                null,
                world.schools.get(random.nextInt(world.schools.size())).id());
        if (random.nextBoolean()) {
            long[] plan = fixtures.plan(world.municipality);
            TargetSpec goal = world.targets.get(random.nextInt(world.targets.size()));
            QuarkusTransaction.requiringNew().run(() -> PlanGoal.<PlanGoal>findById(plan[1]).targetId = goal.id());
            world.plan = plan[0];
            world.goalTarget = goal;
        }
    }

    private void target(World world, String indicator, Sector sector, Long institution) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                "Doel " + indicator + " " + world.targets.size(),
                "questionnaireId",
                PARENTS,
                "indicatorId",
                indicator,
                "threshold",
                0.5 + world.targets.size() % 4 * 0.1,
                "deadline",
                "2028-12-31"));
        if (sector != null) {
            body.put("sector", sector.code());
        }
        if (institution != null) {
            body.put("institutionId", institution);
        }
        long id = Accounts.as(world.analyst)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/targets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        world.targets.add(new TargetSpec(id, indicator, sector, institution));
    }

    /**
     * The analyst, one board member and one school lead, chosen at random: every case is a different
     * town, so over the cases every kind of board (the biggest, one of a single school) and school gets
     * its turn, at a third of the requests of attacking with all of them every time.
     */
    private List<Viewer> viewers(World world, Random random) {
        List<Viewer> viewers = new ArrayList<>();
        viewers.add(new Viewer(
                "analyst",
                Role.MUNICIPALITY_ANALYST,
                world.analyst,
                world.schools.stream().map(School::id).collect(Collectors.toSet())));
        long board = world.boards.get(random.nextInt(world.boards.size()));
        viewers.add(new Viewer(
                "board " + board,
                Role.BOARD_MEMBER,
                session(Role.BOARD_MEMBER, 0, board),
                world.schools.stream()
                        .filter(s -> s.board() == board)
                        .map(School::id)
                        .collect(Collectors.toSet())));
        long school = world.schools.get(random.nextInt(world.schools.size())).id();
        viewers.add(new Viewer(
                "lead of " + school, Role.INSTITUTION_LEAD, session(Role.INSTITUTION_LEAD, 0, school), Set.of(school)));
        return viewers;
    }

    /**
     * A logged-in user for a role, bound to this case's organisation. Users are made once and moved from
     * case to case, since every login is a bcrypt check of a quarter second; the service reads the
     * account on every request, so the session sees the new scope at once.
     */
    private String session(Role role, int slot, long organisation) {
        String key = role.code() + slot;
        PooledUser made = pool.get(key);
        if (made == null) {
            String username = accounts.create(role, organisation);
            made = new PooledUser(username, Accounts.login(username));
            pool.put(key, made);
            return made.session();
        }
        String username = made.username();
        QuarkusTransaction.requiringNew().run(() -> {
            UserAccount account = UserAccount.findByUsername(username).orElseThrow();
            switch (role) {
                case MUNICIPALITY_ANALYST -> account.municipalityId = organisation;
                case BOARD_MEMBER -> account.boardId = organisation;
                case INSTITUTION_LEAD -> account.institutionId = organisation;
                case ADMINISTRATOR -> throw new IllegalArgumentException("an administrator has no scope to move");
            }
        });
        return made.session();
    }
}
