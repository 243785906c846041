package nl.betrokken.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * An attacker who knows linear facts about unknown counts (sums a figure gave away, bounds such as
 * "at least the threshold") and asks how small and how large each unknown can still be. Counts are
 * integers; the linear relaxation over non-negative reals can only widen a range, so when even the
 * relaxed range holds a single integer, the count is given away.
 *
 * <p>Unknowns that share no constraint cannot tell anything about each other, so every range is
 * solved over the connected part of the system it touches: the programs stay small however many
 * figures the attacker collected.
 */
final class FeasibleRange {

    /** The smallest and largest value an unknown (or a sum of them) can take; infinite when unbounded. */
    record Range(double min, double max) {

        /** At most one integer fits: the count is known exactly (none fitting would be the model's mistake). */
        boolean pinned() {
            return Math.floor(max + 1e-6) - Math.ceil(min - 1e-6) < 1;
        }

        @Override
        public String toString() {
            return "[" + format(min) + ", " + format(max) + "]";
        }
    }

    /** A linear combination of unknowns: variable index to coefficient. */
    static final class Expression {

        private final Map<Integer, Double> terms = new TreeMap<>();

        static Expression of(int variable) {
            return new Expression().plus(variable, 1);
        }

        static Expression sum(int... variables) {
            Expression e = new Expression();
            for (int v : variables) {
                e.plus(v, 1);
            }
            return e;
        }

        Expression plus(int variable, double coefficient) {
            terms.merge(variable, coefficient, Double::sum);
            return this;
        }

        Expression plus(Expression other) {
            other.terms.forEach(this::plus);
            return this;
        }

        Expression minus(Expression other) {
            other.terms.forEach((v, c) -> plus(v, -c));
            return this;
        }

        Map<Integer, Double> terms() {
            return terms;
        }
    }

    private record Constraint(Expression expression, Relationship relationship, double value, String why) {}

    /** The reason given to a variable's own bounds, which the printed system shows without one. */
    private static final String BOUND = "bound";

    private final List<String> names = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private int[] parent = new int[0];
    private long solves;

    /** A new non-negative unknown. */
    int variable(String name) {
        names.add(name);
        if (parent.length < names.size()) {
            int[] grown = Arrays.copyOf(parent, Math.max(16, parent.length * 2));
            for (int i = parent.length; i < grown.length; i++) {
                grown[i] = i;
            }
            parent = grown;
        }
        return names.size() - 1;
    }

    /** A new unknown between two bounds (either may be infinite; below zero is never admitted). */
    int variable(String name, double lower, double upper) {
        int v = variable(name);
        if (lower > 0) {
            atLeast(Expression.of(v), lower, BOUND);
        }
        if (upper != Double.POSITIVE_INFINITY) {
            atMost(Expression.of(v), upper, BOUND);
        }
        return v;
    }

    void equal(Expression expression, double value, String why) {
        add(new Constraint(expression, Relationship.EQ, value, why));
    }

    void atLeast(Expression expression, double value, String why) {
        add(new Constraint(expression, Relationship.GEQ, value, why));
    }

    void atMost(Expression expression, double value, String why) {
        add(new Constraint(expression, Relationship.LEQ, value, why));
    }

    private void add(Constraint constraint) {
        Integer first = null;
        for (int v : constraint.expression().terms().keySet()) {
            if (v < 0 || v >= names.size()) {
                throw new IllegalArgumentException("no variable " + v + " in " + describe(constraint));
            }
            if (first == null) {
                first = v;
            } else {
                union(first, v);
            }
        }
        constraints.add(constraint);
    }

    Range range(int variable) {
        return range(Expression.of(variable));
    }

    boolean pinned(int variable) {
        return range(variable).pinned();
    }

    /** How far a sum of unknowns can move under everything known about them. */
    Range range(Expression expression) {
        Set<Integer> components = new LinkedHashSet<>();
        expression.terms().keySet().forEach(v -> components.add(find(v)));
        Map<Integer, Integer> index = new LinkedHashMap<>();
        for (int v = 0; v < names.size(); v++) {
            if (components.contains(find(v))) {
                index.put(v, index.size());
            }
        }
        List<LinearConstraint> system = new ArrayList<>();
        for (Constraint c : constraints) {
            if (c.expression().terms().keySet().stream().anyMatch(index::containsKey)) {
                system.add(new LinearConstraint(dense(c.expression(), index), c.relationship(), c.value()));
            }
        }
        double[] objective = dense(expression, index);
        return new Range(
                optimum(objective, system, GoalType.MINIMIZE, components),
                optimum(objective, system, GoalType.MAXIMIZE, components));
    }

    long solves() {
        return solves;
    }

    private double optimum(double[] objective, List<LinearConstraint> system, GoalType goal, Set<Integer> components) {
        solves++;
        try {
            PointValuePair optimum = new SimplexSolver()
                    .optimize(
                            new MaxIter(10_000),
                            new LinearObjectiveFunction(objective, 0),
                            new LinearConstraintSet(system),
                            goal,
                            new NonNegativeConstraint(true));
            return optimum.getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        } catch (NoFeasibleSolutionException e) {
            // The true counts satisfy every fact the attacker collected; if nothing does, the model is wrong.
            throw new IllegalStateException(
                    "the attacker's system has no solution, so the test's model of it is wrong:\n"
                            + describe(components),
                    e);
        }
    }

    private static double[] dense(Expression expression, Map<Integer, Integer> index) {
        double[] row = new double[index.size()];
        expression.terms().forEach((v, c) -> row[index.get(v)] += c);
        return row;
    }

    /** The part of the system these unknowns are in, one line per fact. */
    String describe(int... variables) {
        Set<Integer> components = new LinkedHashSet<>();
        for (int v : variables) {
            components.add(find(v));
        }
        return describe(components);
    }

    private String describe(Set<Integer> components) {
        StringBuilder text = new StringBuilder();
        for (Constraint c : constraints) {
            if (c.expression().terms().keySet().stream().anyMatch(v -> components.contains(find(v)))) {
                text.append("  ").append(describe(c)).append('\n');
            }
        }
        return text.toString();
    }

    private String describe(Constraint c) {
        StringBuilder text = new StringBuilder();
        c.expression().terms().forEach((v, coefficient) -> {
            if (coefficient == 0) {
                return;
            }
            text.append(text.isEmpty() ? (coefficient < 0 ? "-" : "") : coefficient < 0 ? " - " : " + ");
            if (Math.abs(coefficient) != 1) {
                text.append(format(Math.abs(coefficient))).append('*');
            }
            text.append(v < names.size() ? names.get(v) : "x" + v);
        });
        String op = switch (c.relationship()) {
            case EQ -> " = ";
            case GEQ -> " >= ";
            case LEQ -> " <= ";
        };
        return text + op + format(c.value()) + (BOUND.equals(c.why()) ? "" : "   (" + c.why() + ")");
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private int find(int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
