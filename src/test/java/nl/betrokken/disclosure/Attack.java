package nl.betrokken.disclosure;

import static nl.betrokken.disclosure.AttackerTest.HTTP;
import static nl.betrokken.disclosure.AttackerTest.JSON;
import static nl.betrokken.disclosure.AttackerTest.TYPOLOGY;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemScale;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.model.TagDimension;
import nl.betrokken.disclosure.AttackCase.CellId;
import nl.betrokken.disclosure.AttackCase.School;
import nl.betrokken.disclosure.AttackCase.TargetSpec;
import nl.betrokken.disclosure.AttackCase.Viewer;
import nl.betrokken.disclosure.AttackCase.WaveOf;
import nl.betrokken.disclosure.AttackCase.World;
import nl.betrokken.disclosure.FeasibleRange.Expression;
import nl.betrokken.security.Role;
import nl.betrokken.security.SessionCookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** One viewer's attack on one case: every figure they can obtain, checked against the truth and handed to {@link Knowledge}. */
final class Attack {

    /** What one figure showed: withheld or not, its counts by key, and how many schools it counts and leaves out. */
    record Shown(
            boolean suppressed,
            String withheld,
            Map<String, Long> counts,
            Integer institutions,
            Integer leftOut,
            boolean detailed) {

        /** A figure of the analysis API, which also says how many schools it counts and leaves out. */
        static Shown detailed(
                boolean suppressed, String withheld, Map<String, Long> counts, Integer institutions, Integer leftOut) {
            return new Shown(suppressed, withheld, counts, institutions, leftOut, true);
        }

        /** A figure of the workbook or a target: counts only. */
        static Shown plain(boolean suppressed, String withheld, Map<String, Long> counts) {
            return new Shown(suppressed, withheld, counts, null, null, false);
        }
    }

    /** A filter of the analysis endpoints and the schools it keeps. */
    record Filter(String query, String label, Predicate<School> keeps) {}

    /** An aggregate the viewer asked for and was refused, as the cells beyond their scope it would have added. */
    record Refused(String label, List<CellId> cells) {}

    /** An indicator cell the viewer is not shown, as the attacker's unknowns: positive and not positive answers. */
    record Unknown(int positive, int notPositive) {

        Expression answered() {
            return Expression.sum(positive, notPositive);
        }
    }

    private final World world;
    private final Viewer viewer;
    private final Tally tally;
    private final int minimumBeyond;
    private final Knowledge knowledge;

    Attack(World world, Viewer viewer, Tally tally, int minimumBeyond) {
        this.world = world;
        this.viewer = viewer;
        this.tally = tally;
        this.minimumBeyond = minimumBeyond;
        this.knowledge = new Knowledge(world, viewer, tally);
    }

    void run() {
        for (WaveOf wave : world.waves) {
            wave(wave);
        }
        compare();
        typology();
        new Targets().run();
        knowledge.solve();
    }

    // ---- collecting over HTTP

    /** The body of a GET as the viewer, when it answers as expected (null for any other status than 200). */
    private byte[] bytes(String path, int expected) {
        tally.requests++;
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            // the JDK's own client: RestAssured's work per request was a third of this test's time
            response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                            .header("Cookie", SessionCookie.NAME + "=" + viewer.session())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        tally.httpNanos += System.nanoTime() - started;
        if (response.statusCode() != expected) {
            fail(
                    "status",
                    path + " answered " + response.statusCode() + ", expected " + expected + ": "
                            + new String(response.body(), StandardCharsets.UTF_8));
            return null;
        }
        return expected == 200 ? response.body() : null;
    }

    private JsonNode get(String path, int expected) {
        byte[] body = bytes(path, expected);
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Filter> filters() {
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter("", "", s -> true));
        world.schools.stream()
                .map(School::sector)
                .distinct()
                .sorted()
                .forEach(sector -> filters.add(
                        new Filter("?sector=" + sector.code(), " sector " + sector.code(), s -> s.sector() == sector)));
        world.boards.forEach(
                board -> filters.add(new Filter("?board=" + board, " board " + board, s -> s.board() == board)));
        world.schools.forEach(school -> filters.add(
                new Filter("?institution=" + school.id(), " institution " + school.id(), s -> s.id() == school.id())));
        return filters;
    }

    /** The wave's schools the viewer sees and the filter keeps: every figure's group outside targets. */
    private List<Long> group(WaveOf wave, Filter filter) {
        return wave.institutions().stream()
                .filter(viewer::sees)
                .filter(i -> filter.keeps().test(world.school(i)))
                .toList();
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
            JsonNode node = Read.find(json.path("indicators"), "id", indicator.id());
            String at = where + " " + indicator.id();
            indicator(at + " overall", wave, indicator.id(), group, Read.figure(node.path("overall")));
            Map<String, JsonNode> bySector = Read.index(node.path("bySector"), "group");
            Set<String> sectors =
                    group.stream().map(i -> world.school(i).sector().code()).collect(Collectors.toSet());
            same(at + " sectors", sectors, bySector.keySet());
            for (String sector : sectors) {
                indicator(
                        at + " sector " + sector,
                        wave,
                        indicator.id(),
                        group.stream()
                                .filter(i -> world.school(i).sector().code().equals(sector))
                                .toList(),
                        Read.figure(bySector.getOrDefault(sector, JSON.missingNode())));
            }
            Map<String, JsonNode> bySchool = Read.index(node.path("byInstitution"), "groupId");
            same(
                    at + " institutions",
                    group.stream().map(String::valueOf).collect(Collectors.toSet()),
                    bySchool.keySet());
            for (long institution : group) {
                indicator(
                        at + " institution " + institution,
                        wave,
                        indicator.id(),
                        List.of(institution),
                        Read.figure(bySchool.getOrDefault(String.valueOf(institution), JSON.missingNode())));
            }
        }
        q.items().filter(i -> !i.type().isOpenText()).forEach(item -> {
            for (String key : AnswerKey.of(item)) {
                JsonNode node = Read.find(json.path("items"), "key", key);
                Map<String, Long> counts = new HashMap<>();
                if (node.hasNonNull("answered")) {
                    counts.put("*", node.get("answered").asLong());
                    node.path("options")
                            .forEach(o -> counts.put(
                                    o.get("id").asText(), o.get("respondents").asLong()));
                }
                check(
                        where + " item " + key,
                        wave,
                        CellKind.ITEM,
                        key,
                        group,
                        Shown.detailed(
                                node.path("suppressed").asBoolean(),
                                Read.text(node, "withheld"),
                                counts,
                                Read.integer(node, "institutions"),
                                Read.integer(node, "leftOut")),
                        Read.keys(item));
            }
        });
        for (ItemScale scale : q.scales()) {
            JsonNode node = Read.find(json.path("scales"), "id", scale.id());
            Map<String, Long> counts =
                    node.hasNonNull("n") ? Map.of("n", node.get("n").asLong()) : Map.of();
            check(
                    where + " scale " + scale.id(),
                    wave,
                    CellKind.SCALE,
                    scale.id(),
                    group,
                    Shown.detailed(
                            node.path("suppressed").asBoolean(),
                            null,
                            counts,
                            Read.integer(node, "institutions"),
                            Read.integer(node, "leftOut")),
                    List.of("n"));
        }
    }

    private long respondents(WaveOf wave, List<Long> group) {
        return group.stream()
                .mapToLong(i -> world.truth.respondents(wave.id(), i))
                .sum();
    }

    private void respondents(String where, WaveOf wave, List<Long> group, JsonNode json) {
        equal(
                where + " respondents",
                respondents(wave, group),
                json.path("respondents").asLong());
        boolean known = group.stream().allMatch(i -> world.school(i).population() != null);
        Long population = known
                ? group.stream().mapToLong(i -> world.school(i).population()).sum()
                : null;
        equal(
                where + " population",
                population,
                json.hasNonNull("population") ? json.get("population").asLong() : null);
    }

    private void reach(String where, WaveOf wave, List<Long> group, JsonNode json) {
        respondents(where, wave, group, json);
        Map<String, JsonNode> rows = Read.index(json.path("institutions"), "institutionId");
        same(where + " institutions", group.stream().map(String::valueOf).collect(Collectors.toSet()), rows.keySet());
        for (long institution : group) {
            equal(
                    where + " respondents of " + institution,
                    world.truth.respondents(wave.id(), institution),
                    rows.getOrDefault(String.valueOf(institution), JSON.missingNode())
                            .path("respondents")
                            .asLong());
        }
        for (Item item : wave.questionnaire().backgroundItems()) {
            JsonNode node = Read.find(json.path("makeUp"), "itemId", item.id());
            Map<String, Long> counts = new HashMap<>();
            if (node.hasNonNull("answered")) {
                counts.put("*", node.get("answered").asLong());
            }
            node.path("groups").forEach(g -> {
                if (g.hasNonNull("respondents")) {
                    counts.put(g.get("answer").asText(), g.get("respondents").asLong());
                }
            });
            check(
                    where + " make-up " + item.id(),
                    wave,
                    CellKind.ITEM,
                    item.id(),
                    group,
                    Shown.detailed(
                            node.path("suppressed").asBoolean(),
                            Read.text(node, "withheld"),
                            counts,
                            null,
                            Read.integer(node, "leftOut")),
                    Read.keys(item));
        }
    }

    /** The workbook holds the unfiltered tables of the monitor: they must be the same sums. */
    private void workbook(WaveOf wave) {
        byte[] bytes = bytes("/api/exports/waves/" + wave.id() + "/aggregates.xlsx", 200);
        if (bytes == null) {
            return;
        }
        List<Long> all = group(wave, filters().get(0));
        String where = "workbook of wave " + wave.id();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            indicatorSheet(where, wave, all, workbook.getSheet("Indicatoren"));
            itemSheet(where, wave, all, workbook.getSheet("Uitspraken"));
            Map<String, Long> respondents = new HashMap<>();
            for (Row row : Read.rows(workbook.getSheet("Respons"))) {
                respondents.put(Read.string(row, 0), Read.number(row, 2));
            }
            equal(
                    where + " respondents",
                    all.stream()
                            .collect(Collectors.toMap(
                                    i -> world.school(i).name(), i -> world.truth.respondents(wave.id(), i))),
                    respondents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row per indicator and group (all, each sector, each school): positive in column D, n in E. */
    private void indicatorSheet(String where, WaveOf wave, List<Long> all, Sheet sheet) {
        Questionnaire q = wave.questionnaire();
        int rows = 0;
        for (Row row : Read.rows(sheet)) {
            rows++;
            Indicator indicator = q.indicators().stream()
                    .filter(i -> i.label().in("nl").equals(Read.string(row, 0)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": no indicator " + Read.string(row, 0)));
            String group = Read.string(row, 1);
            List<Long> members = switch (Read.string(row, 2)) {
                case "totaal" -> all;
                case "sector" ->
                    all.stream()
                            .filter(i -> world.school(i).sector().dutchName().equals(group))
                            .toList();
                default ->
                    all.stream()
                            .filter(i -> world.school(i).name().equals(group))
                            .toList();
            };
            Map<String, Long> counts = row.getCell(4) == null
                    ? Map.of()
                    : Map.of("positive", Read.number(row, 3), "answered", Read.number(row, 4));
            indicator(
                    where + " " + indicator.id() + " " + Read.string(row, 2) + " " + group,
                    wave,
                    indicator.id(),
                    members,
                    Shown.plain("ja".equals(Read.string(row, 8)), null, counts));
        }
        long sectors =
                all.stream().map(i -> world.school(i).sector()).distinct().count();
        equal(where + " indicator rows", q.indicators().size() * (1 + sectors + all.size()), (long) rows);
    }

    /** A row per item key and answer: answered in column C, the answer's label in D and its respondents in E. */
    private void itemSheet(String where, WaveOf wave, List<Long> all, Sheet sheet) {
        Questionnaire q = wave.questionnaire();
        Map<String, Map<String, Long>> items = new HashMap<>();
        for (Row row : Read.rows(sheet)) {
            Map<String, Long> counts = items.computeIfAbsent(Read.string(row, 0), k -> new HashMap<>());
            if (row.getCell(3) != null) {
                Item item = q.item(Read.string(row, 0).split(":")[0]).orElseThrow();
                String option = item.allOptions().stream()
                        .filter(o -> o.label().in("nl").equals(Read.string(row, 3)))
                        .map(AnswerOption::id)
                        .findFirst()
                        .orElseThrow();
                counts.put("*", Read.number(row, 2));
                counts.put(option, Read.number(row, 4));
            }
        }
        q.items().filter(i -> !i.type().isOpenText()).forEach(item -> {
            for (String key : AnswerKey.of(item)) {
                Map<String, Long> counts = items.getOrDefault(key, Map.of());
                check(
                        where + " item " + key,
                        wave,
                        CellKind.ITEM,
                        key,
                        all,
                        Shown.plain(counts.isEmpty(), null, counts),
                        Read.keys(item));
            }
        });
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
            JsonNode change = Read.find(json.path("changes"), "indicatorId", indicator.id());
            Double before =
                    share(world.included(baseline.id(), CellKind.INDICATOR, indicator.id(), group(baseline, all)));
            Double after =
                    share(world.included(followUp.id(), CellKind.INDICATOR, indicator.id(), group(followUp, all)));
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
            List<WaveOf> lists = world.waves.stream()
                    .filter(w -> !w.parents() && w.institutions().contains(school.id()))
                    .toList();
            equal("typology of " + school.id() + " sides", (long) lists.size(), (long)
                    json.path("sides").size());
            for (WaveOf wave : lists) {
                side(
                        "typology of " + school.id(),
                        wave,
                        school.id(),
                        Read.find(json.path("sides"), "questionnaireId", TYPOLOGY));
            }
        }
    }

    /** Rungs add up the shown statements of their rung; improvement points are statements shown in both modes. */
    private void side(String where, WaveOf wave, long school, JsonNode side) {
        Questionnaire q = wave.questionnaire();
        equal(where + " wave", wave.id(), side.path("waveId").asLong());
        equal(
                where + " respondents",
                world.truth.respondents(wave.id(), school),
                side.path("respondents").asLong());
        String current = q.modes().get(0).id();
        String desired = q.modes().get(1).id();
        TagDimension ladder = q.tagDimension(q.typology().dimension()).orElseThrow();
        boolean anyShown = false;
        Set<String> points = new HashSet<>();
        for (TagDimension.TagValue rung : ladder.values()) {
            List<Item> statements = q.items()
                    .filter(i -> rung.id().equals(i.tags().get(ladder.id())))
                    .toList();
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
                    point(
                            where + " point " + statement.id(),
                            q,
                            c,
                            d,
                            Read.find(side.path("improvementPoints"), "itemId", statement.id()));
                }
            }
            anyShown |= !now.isEmpty() || !wish.isEmpty();
            JsonNode node = Read.find(side.path("rungs"), "id", rung.id());
            if (side.path("suppressed").asBoolean()) {
                continue;
            }
            rung(
                    where + " rung " + rung.id() + " current",
                    now,
                    q,
                    node.path("answersCurrent").asLong(),
                    node.get("current"));
            rung(
                    where + " rung " + rung.id() + " desired",
                    wish,
                    q,
                    node.path("answersDesired").asLong(),
                    node.get("desired"));
        }
        equal(where + " suppressed", !anyShown, side.path("suppressed").asBoolean());
        Set<String> listed = new HashSet<>();
        side.path("improvementPoints").forEach(p -> listed.add(p.path("itemId").asText()));
        same(where + " improvement points", points, listed);
    }

    /** A statement shown in both modes: its two shares, and the smaller of its two numbers of answers. */
    private void point(String where, Questionnaire q, CellId current, CellId desired, JsonNode point) {
        close(
                where + " current",
                ratio(List.of(current), q),
                point.path("current").asDouble());
        close(
                where + " desired",
                ratio(List.of(desired), q),
                point.path("desired").asDouble());
        equal(
                where + " respondents",
                Math.min(world.truth.count(current, "*"), world.truth.count(desired, "*")),
                point.path("respondents").asLong());
    }

    /** A rung's share and answers: the sum over its shown statements, none when none is shown. */
    private void rung(String where, List<CellId> cells, Questionnaire q, long answers, JsonNode share) {
        tally.figures++;
        equal(where + " answers", world.truth.sum(cells, "*"), answers);
        Double shown = share == null || share.isNull() ? null : share.asDouble();
        if (cells.isEmpty() || shown == null) {
            equal(where + " share", cells.isEmpty() ? null : ratio(cells, q), shown);
            return;
        }
        // One school the viewer sees, whose statements it is shown one by one: no unknown for the attacker.
        equal(where + " positive", positive(cells, q), Math.round(shown * answers));
    }

    private long positive(List<CellId> cells, Questionnaire q) {
        return q.typology().positive().stream()
                .mapToLong(p -> world.truth.sum(cells, p))
                .sum();
    }

    private double ratio(List<CellId> cells, Questionnaire q) {
        return (double) positive(cells, q) / world.truth.sum(cells, "*");
    }

    /**
     * Targets, in the monitor and in the LEA evaluation: the one kind of figure that reaches beyond a board's or
     * lead's own schools, as the whole municipality or one sector.
     */
    private final class Targets {

        /** Per wave and indicator, the cells beyond scope of every shown whole ("*") and sector figure. */
        private final Map<String, Map<String, List<CellId>>> beyond = new LinkedHashMap<>();

        void run() {
            targets();
            evaluation();
            derivedParts();
        }

        private boolean targetVisible(TargetSpec target) {
            return target.institution() == null || viewer.sees(target.institution());
        }

        private void targets() {
            JsonNode list = get("/api/targets", 200);
            if (list != null) {
                Map<String, JsonNode> byId = Read.index(list, "id");
                same(
                        "target list",
                        world.targets.stream()
                                .filter(this::targetVisible)
                                .map(t -> String.valueOf(t.id()))
                                .collect(Collectors.toSet()),
                        byId.keySet());
                for (TargetSpec target : world.targets) {
                    if (byId.containsKey(String.valueOf(target.id()))) {
                        target(
                                "target list: " + target.describe(),
                                target,
                                byId.get(String.valueOf(target.id())),
                                null);
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
                JsonNode json =
                        year.asInt() == first.path("year").asInt() ? first : get(path + "?year=" + year.asInt(), 200);
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
            Map<String, JsonNode> points = Read.index(json.path("trend"), "waveId");
            for (WaveOf wave : world.waves) {
                if (!wave.parents() || until != null && wave.opensOn().isAfter(until)) {
                    continue;
                }
                List<Long> group = wave.institutions().stream()
                        .filter(i -> target.covers(world.school(i)))
                        .toList();
                JsonNode point = points.remove(String.valueOf(wave.id()));
                long seen =
                        respondents(wave, group.stream().filter(viewer::sees).toList());
                long unseen = respondents(wave, group) - seen;
                String at = where + " wave " + wave.id();
                boolean shown = point != null && !point.path("suppressed").asBoolean();
                if (!group.stream().allMatch(viewer::sees) && seen == 0 && !shown) {
                    tally.presence(
                            point != null,
                            unseen > 0,
                            tally.where(world, viewer) + at + " (its schools " + group
                                    + ", of which the viewer sees "
                                    + group.stream().filter(viewer::sees).toList()
                                    + " without respondents; the others had " + unseen + ")");
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
                counts.put(
                        "positive",
                        Math.round(point.path("share").asDouble()
                                * point.get("answered").asLong()));
            }
            Shown shown = Shown.plain(suppressed, Read.text(point, "withheld"), counts);
            if (group.stream().allMatch(viewer::sees)) {
                indicator(where, wave, indicator, group, shown);
                return;
            }
            List<CellId> cells = world.included(wave.id(), CellKind.INDICATOR, indicator, group);
            List<CellId> outside =
                    cells.stream().filter(c -> !viewer.sees(c.institution())).toList();
            String family = group.size() == wave.institutions().size()
                    ? "*"
                    : world.school(group.get(0)).sector().code();
            if (suppressed) {
                tally.beyondWithheld++;
                if (!counts.isEmpty()) {
                    fail("sum", where + ": withheld, yet it shows " + counts);
                }
                if (!outside.isEmpty()) {
                    knowledge.refused("withheld " + where, outside);
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
            beyond.computeIfAbsent(wave.id() + " " + indicator, k -> new TreeMap<>())
                    .put(family, outside);
            for (String key : List.of("positive", "answered")) {
                knowledge.equation(where, cells, key, counts.get(key));
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
                    fail(
                            "rule",
                            "wave " + measure + ": the whole minus the shown sectors leaves an unsafe part beyond the"
                                    + " viewer's schools: " + part(rest) + " (sectors shown: " + families.keySet()
                                    + ")");
                }
            });
        }

        /**
         * The rule for a part beyond the viewer's schools: enough schools, more answers than that many thresholds,
         * and answers both positive and not (all of one kind would give every school's away).
         */
        private boolean safe(Collection<CellId> part) {
            long answered = world.truth.sum(part, "answered");
            long positive = world.truth.sum(part, "positive");
            return part.size() >= minimumBeyond
                    && answered > (long) part.size() * world.threshold
                    && positive >= 1
                    && answered - positive >= 1;
        }

        private String part(Collection<CellId> part) {
            return part.size() + " institutions, " + world.truth.sum(part, "positive") + " positive of "
                    + world.truth.sum(part, "answered") + " "
                    + part.stream()
                            .map(c -> c.institution() + ":" + world.truth.count(c, "positive") + "/"
                                    + world.truth.count(c, "answered"))
                            .toList();
        }
    }

    // ---- checking figures against the truth

    private void indicator(String where, WaveOf wave, String indicator, List<Long> group, Shown shown) {
        check(where, wave, CellKind.INDICATOR, indicator, group, shown, List.of("positive", "answered"));
    }

    /** A figure within the viewer's schools: the sum over exactly the shown cells of its group. */
    private void check(
            String where,
            WaveOf wave,
            CellKind kind,
            String measure,
            List<Long> group,
            Shown shown,
            List<String> keys) {
        List<CellId> cells = world.included(wave.id(), kind, measure, group);
        if (sums(where, wave, group, cells, shown, keys) && !cells.isEmpty()) {
            keys.forEach(
                    key -> knowledge.equation(where, cells, key, shown.counts().getOrDefault(key, 0L)));
        }
    }

    /** Whether a figure shows exactly the truth over these cells (withheld as too few when there are none). */
    private boolean sums(
            String where, WaveOf wave, List<Long> group, List<CellId> cells, Shown shown, List<String> keys) {
        tally.figures++;
        if (shown.suppressed() && !shown.counts().isEmpty()) {
            fail("sum", where + ": withheld, yet it shows " + shown.counts());
            return false;
        }
        if (cells.isEmpty()) {
            if (!shown.suppressed()
                    || shown.withheld() != null && !shown.withheld().equals("too-few-answers")) {
                fail(
                        "sum",
                        where + ": no cell of its group is shown, yet it is " + shown + "; "
                                + hidden(wave, group, cells));
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
                fail(
                        "sum",
                        where + ": " + key + " is " + actual + ", but the shown cells of " + institutions(cells)
                                + " add up to " + expected + "; " + hidden(wave, group, cells));
                return false;
            }
        }
        if (shown.detailed()) {
            if (shown.institutions() != null && shown.institutions() != cells.size()) {
                fail(
                        "sum",
                        where + ": says it counts " + shown.institutions() + " institutions, but " + cells.size()
                                + " are shown");
            }
            long leftOut = group.stream()
                    .filter(i -> world.truth.respondents(wave.id(), i) > 0)
                    .filter(i -> cells.stream().noneMatch(c -> c.institution() == i))
                    .count();
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
        return "the group's other schools (respondents): "
                + group.stream()
                        .filter(i -> cells.stream().noneMatch(c -> c.institution() == i))
                        .map(i -> i + " (" + world.truth.respondents(wave.id(), i) + ")")
                        .toList();
    }

    // ---- small helpers

    private void fail(String kind, String message) {
        tally.fail(kind, world, viewer, message);
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
}
