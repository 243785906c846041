package nl.betrokken.analysis.stats;

/** An estimate with its confidence interval, all as fractions (0.9 = 90 %). */
public record Interval(double estimate, double lower, double upper) {

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
