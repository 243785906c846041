package nl.betrokken.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.betrokken.disclosure.AttackCase.Viewer;
import nl.betrokken.disclosure.AttackCase.World;

/** What the whole run did and found. */
final class Tally {

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
    private boolean described;
    private String presentWithUnseen;
    private String absentWithoutUnseen;

    Tally(long seed) {
        this.seed = seed;
    }

    String where(World world, Viewer viewer) {
        return "seed " + seed + " case " + world.number + " (-Dattacker.case=" + world.number + "), " + viewer.label()
                + ": ";
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

    void fail(String kind, World world, Viewer viewer, String message) {
        if (!described) {
            described = true;
            System.out.println("ATTACKER CASE " + world.number + ":\n" + world.describe());
        }
        record(kind, where(world, viewer) + message);
    }

    private void record(String kind, String message) {
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
            record(
                    "respondents",
                    "a target's trend has a withheld point for a wave exactly when schools beyond the viewer's"
                            + " scope had responses, so it tells whether they had any: present at " + presentWithUnseen
                            + "; absent at " + absentWithoutUnseen);
        }
    }

    String summary(long seconds) {
        return "ATTACKER SUMMARY seed=" + seed + " cases=" + cases + " viewers=" + viewers + " requests=" + requests
                + " figures=" + figures + " equations=" + equations + " lpSolves=" + solves + " hiddenCellsInEquations="
                + hiddenInEquations + " refusedAggregatesChecked=" + refusedChecked + " beyondScopeShown=" + beyondShown
                + " beyondScopeWithheld=" + beyondWithheld + " totalsLeavingOutHidden=" + leftOutOfTotals + " pinned="
                + failuresByKind.getOrDefault("pinned", 0) + " failures=" + failures.size() + " seconds=" + seconds
                + " (building " + buildNanos / 1_000_000_000 + " s, waiting for requests " + httpNanos / 1_000_000_000
                + " s over all threads, linear programs " + solveNanos / 1_000_000 + " ms)";
    }
}
