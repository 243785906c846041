package nl.betrokken.bench;

import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Median, minimum and maximum of one figure over several runs. */
record Spread(double median, double min, double max) {

    static Spread of(Collection<Double> runs) {
        double[] sorted =
                runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Spread(Double.NaN, Double.NaN, Double.NaN);
        }
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[sorted.length - 1]);
    }

    /** The spread of one figure of each run. */
    static <T> Spread of(List<T> runs, ToDoubleFunction<T> figure) {
        return of(runs.stream().map(figure::applyAsDouble).toList());
    }

    String format(String pattern) {
        if (min == max) {
            return pattern.formatted(median);
        }
        return (pattern + " (" + pattern + "–" + pattern + ")").formatted(median, min, max);
    }
}
