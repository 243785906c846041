package nl.betrokken.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.betrokken.disclosure.FeasibleRange.Expression;
import nl.betrokken.disclosure.FeasibleRange.Range;
import org.junit.jupiter.api.Test;

/** The attacker's linear programming on systems small enough to work out on paper (threshold 5 throughout). */
class FeasibleRangeTest {

    private static final int T = 5;

    /** An indicator cell as the attacker models it: positive and not positive, answered being their sum. */
    private record School(int positive, int negative) {

        Expression answered() {
            return Expression.sum(positive, negative);
        }
    }

    private static School hidden(FeasibleRange lp, String name) {
        return new School(lp.variable(name + ".positive"), lp.variable(name + ".negative"));
    }

    private static School known(FeasibleRange lp, String name, int positive, int answered) {
        return new School(
                lp.variable(name + ".positive", positive, positive),
                lp.variable(name + ".negative", answered - positive, answered - positive));
    }

    /** A total over schools: positive and answered each add up. */
    private static void total(FeasibleRange lp, int positive, int answered, School... schools) {
        Expression p = new Expression();
        Expression a = new Expression();
        for (School s : schools) {
            p.plus(Expression.of(s.positive()));
            a.plus(s.answered());
        }
        lp.equal(p, positive, "total positive");
        lp.equal(a, answered, "total answered");
    }

    @Test
    void theOldDesignsSectorTotalGaveTheHiddenSchoolAway() {
        FeasibleRange lp = new FeasibleRange();
        School shown = known(lp, "A", 12, 18);
        School small = hidden(lp, "B");
        total(lp, 20, 30, shown, small);
        assertEquals(new Range(8, 8), round(lp.range(small.positive())));
        assertEquals(new Range(12, 12), round(lp.range(small.answered())));
        assertTrue(lp.pinned(small.positive()));
        assertTrue(lp.range(small.answered()).pinned());
    }

    @Test
    void threeHiddenSchoolsUnderATotalWithRoomToSpareAreNotPinned() {
        FeasibleRange lp = new FeasibleRange();
        School[] schools = {hidden(lp, "A"), hidden(lp, "B"), hidden(lp, "C")};
        total(lp, 7, 3 * T + 4, schools);
        for (School s : schools) {
            lp.atLeast(s.answered(), T, "counted, so at least the threshold");
        }
        for (School s : schools) {
            Range positive = lp.range(s.positive());
            Range answered = lp.range(s.answered());
            Range negative = lp.range(s.negative());
            assertEquals(new Range(0, 7), round(positive));
            assertEquals(new Range(T, T + 4), round(answered));
            assertEquals(new Range(0, T + 4), round(negative), "12 others, but the other two hold at least 2T answers");
            assertFalse(positive.pinned() || answered.pinned() || negative.pinned());
        }
    }

    @Test
    void aTotalWithoutPositivesPinsEveryMembersPositivesAtZero() {
        FeasibleRange lp = new FeasibleRange();
        School[] schools = {hidden(lp, "A"), hidden(lp, "B"), hidden(lp, "C")};
        total(lp, 0, 30, schools);
        for (School s : schools) {
            lp.atLeast(s.answered(), T, "counted");
            assertEquals(new Range(0, 0), round(lp.range(s.positive())));
            assertTrue(lp.pinned(s.positive()));
            assertFalse(lp.range(s.answered()).pinned(), "how many answered is still open");
        }
    }

    @Test
    void aTotalOfOnlyPositivesPinsEveryMembersOtherAnswersAtZero() {
        FeasibleRange lp = new FeasibleRange();
        School[] schools = {hidden(lp, "A"), hidden(lp, "B"), hidden(lp, "C")};
        total(lp, 30, 30, schools);
        for (School s : schools) {
            lp.atLeast(s.answered(), T, "counted");
            assertTrue(lp.pinned(s.negative()), "every parent of every school answered positively");
            assertFalse(lp.pinned(s.positive()));
        }
    }

    @Test
    void answersOfExactlyThreeTimesTheThresholdPinEachOfThree() {
        FeasibleRange lp = new FeasibleRange();
        int[] answered = {lp.variable("A"), lp.variable("B"), lp.variable("C")};
        lp.equal(Expression.sum(answered), 3 * T, "total answered");
        for (int a : answered) {
            lp.atLeast(Expression.of(a), T, "counted");
        }
        for (int a : answered) {
            assertEquals(new Range(T, T), round(lp.range(a)));
            assertTrue(lp.pinned(a));
        }
        assertEquals(
                new Range(2 * T, 2 * T),
                round(lp.range(Expression.sum(answered[0], answered[1]))),
                "and every sum of them");
    }

    @Test
    void oneMoreAnswerLeavesEachOpen() {
        FeasibleRange lp = new FeasibleRange();
        int[] answered = {lp.variable("A"), lp.variable("B"), lp.variable("C")};
        lp.equal(Expression.sum(answered), 3 * T + 1, "total answered");
        for (int a : answered) {
            lp.atLeast(Expression.of(a), T, "counted");
        }
        for (int a : answered) {
            assertEquals(new Range(T, T + 1), round(lp.range(a)));
            assertFalse(lp.pinned(a));
        }
    }

    @Test
    void generalCoefficientsAndBounds() {
        FeasibleRange lp = new FeasibleRange();
        int x = lp.variable("x", 0, 3);
        int y = lp.variable("y");
        lp.equal(new Expression().plus(x, 2).plus(y, -1), 4, "2x - y = 4");
        assertEquals(new Range(2, 3), round(lp.range(x)));
        assertEquals(new Range(0, 2), round(lp.range(y)));
        assertEquals(new Range(2, 5), round(lp.range(Expression.sum(x, y))));
        assertFalse(lp.pinned(x));
    }

    @Test
    void aRangeWithoutIntegerIsPinnedAndHalfAnIntegerApartIsNot() {
        assertTrue(new Range(0.2, 0.8).pinned(), "no count fits: nothing is left to guess");
        assertTrue(new Range(3 - 1e-9, 3 + 1e-9).pinned(), "rounding noise around one integer");
        assertFalse(new Range(2.5, 4).pinned(), "3 or 4");
        assertFalse(new Range(0, Double.POSITIVE_INFINITY).pinned());
    }

    @Test
    void anUnknownWithoutUpperBoundHasAnInfiniteRange() {
        FeasibleRange lp = new FeasibleRange();
        int free = lp.variable("free", T, Double.POSITIVE_INFINITY);
        int other = lp.variable("other");
        lp.equal(Expression.sum(free, other), 9, "a sum that does not mention the third");
        int unbounded = lp.variable("unbounded", 2, Double.POSITIVE_INFINITY);
        assertEquals(new Range(2, Double.POSITIVE_INFINITY), round(lp.range(unbounded)));
        assertFalse(lp.pinned(unbounded));
        assertEquals(new Range(T, 9), round(lp.range(free)), "other unknowns do not disturb it");
        assertEquals(
                new Range(Double.NEGATIVE_INFINITY, 9 - 2),
                round(lp.range(new Expression().plus(free, 1).plus(unbounded, -1))),
                "a difference can be unbounded below");
    }

    @Test
    void aSystemWithoutSolutionIsTheTestsOwnMistakeAndSaysWhatItIs() {
        FeasibleRange lp = new FeasibleRange();
        int a = lp.variable("a", T, Double.POSITIVE_INFINITY);
        int b = lp.variable("b");
        lp.equal(Expression.sum(a, b), 3, "total answered");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> lp.range(b));
        assertTrue(e.getMessage().contains("a + b = 3   (total answered)"), e.getMessage());
        assertTrue(e.getMessage().contains("a >= 5"), e.getMessage());
        assertEquals(1, lp.solves(), "the minimum already failed");
    }

    /** Simplex answers carry floating-point noise; the systems here have integer optima. */
    private static Range round(Range r) {
        return new Range(roundOrKeep(r.min()), roundOrKeep(r.max()));
    }

    private static double roundOrKeep(double value) {
        return Double.isInfinite(value) ? value : Math.rint(value * 1e6) / 1e6;
    }
}
