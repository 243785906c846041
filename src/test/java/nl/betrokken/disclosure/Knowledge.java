package nl.betrokken.disclosure;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Attack.Refused;
import nl.betrokken.disclosure.Attack.Unknown;
import nl.betrokken.disclosure.AttackCase.CellId;
import nl.betrokken.disclosure.AttackCase.Viewer;
import nl.betrokken.disclosure.AttackCase.World;
import nl.betrokken.disclosure.FeasibleRange.Expression;
import nl.betrokken.disclosure.FeasibleRange.Range;

/**
 * What one viewer has learnt about the cells they are not shown, as a linear program: every sum a figure
 * gave away, and the bounds anyone can know (counts are not negative, a counted cell holds at least the
 * threshold, a narrower indicator's answers are within a wider one's).
 */
final class Knowledge {

    private final World world;
    private final Viewer viewer;
    private final Tally tally;
    private final FeasibleRange lp = new FeasibleRange();
    private final Map<CellId, Unknown> unknowns = new LinkedHashMap<>();
    private final Set<CellId> inEquations = new HashSet<>();
    private final Set<String> equations = new HashSet<>();
    private final Map<String, Refused> refused = new LinkedHashMap<>();

    Knowledge(World world, Viewer viewer, Tally tally) {
        this.world = world;
        this.viewer = viewer;
        this.tally = tally;
    }

    /** An aggregate the viewer asked for and was refused: the attacker will try to work it out all the same. */
    void refused(String label, List<CellId> outside) {
        refused.putIfAbsent(outside.toString(), new Refused(label, outside));
    }

    /**
     * One sum the viewer learnt. Cells the viewer is shown one by one are constants; what is left are the
     * cells of schools beyond their scope. A hidden cell in scope never gets here: every figure left it out,
     * as checked before, so all the attacker knows of it is that it is below the threshold.
     */
    void equation(String why, List<CellId> cells, String key, long value) {
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
        Unknown u = new Unknown(lp.variable(name + ".positive"), lp.variable(name + ".not-positive"));
        lp.atLeast(u.answered(), world.threshold, "counted in a total, so at least the threshold");
        // Anyone who answered an item of a narrower indicator counts as answering a wider one of the same school.
        Questionnaire q = world.truth.questionnaire(cell.wave());
        unknowns.forEach((other, v) -> {
            if (other.wave() == cell.wave() && other.institution() == cell.institution()) {
                List<String> mine = items(q, cell.measure());
                List<String> theirs = items(q, other.measure());
                if (theirs.containsAll(mine)) {
                    lp.atMost(
                            new Expression().plus(u.answered()).minus(v.answered()),
                            0,
                            name + " within " + other.measure());
                } else if (mine.containsAll(theirs)) {
                    lp.atMost(
                            new Expression().plus(v.answered()).minus(u.answered()),
                            0,
                            other.measure() + " within " + name);
                }
            }
        });
        unknowns.put(cell, u);
        return u;
    }

    private static List<String> items(Questionnaire q, String indicator) {
        return q.indicators().stream()
                .filter(i -> i.id().equals(indicator))
                .findFirst()
                .orElseThrow()
                .items();
    }

    /** Every count the viewer is not shown but that appears in a sum: none may be pinned to one value. */
    void solve() {
        long before = lp.solves();
        long started = System.nanoTime();
        for (CellId cell : List.copyOf(unknowns.keySet())) {
            tally.hiddenInEquations++;
            pinned(cell.toString(), List.of(cell));
        }
        for (Refused r : refused.values()) {
            if (r.cells().stream().anyMatch(inEquations::contains)) {
                tally.refusedChecked++;
                pinned(
                        r.label() + ", its cells beyond scope "
                                + r.cells().stream().map(CellId::institution).toList(),
                        r.cells());
            }
        }
        tally.solves += lp.solves() - before;
        tally.solveNanos += System.nanoTime() - started;
    }

    private void pinned(String group, List<CellId> cells) {
        Expression positive = new Expression();
        Expression notPositive = new Expression();
        for (CellId cell : cells) {
            Unknown u = unknown(cell);
            positive.plus(u.positive(), 1);
            notPositive.plus(u.notPositive(), 1);
        }
        long answered = world.truth.sum(cells, "answered");
        long positives = world.truth.sum(cells, "positive");
        pinned(group, "positive", positive, positives);
        pinned(group, "not positive", notPositive, answered - positives);
        pinned(group, "answered", new Expression().plus(positive).plus(notPositive), answered);
    }

    private void pinned(String group, String count, Expression expression, long truth) {
        Range range = lp.range(expression);
        if (range.pinned()) {
            tally.fail(
                    "pinned",
                    world,
                    viewer,
                    group + ": " + count + " is pinned to " + range + " (truth " + truth + ") by\n"
                            + lp.describe(expression.terms().keySet().stream()
                                    .mapToInt(Integer::intValue)
                                    .toArray()));
        }
    }
}
