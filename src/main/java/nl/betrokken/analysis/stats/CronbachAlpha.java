package nl.betrokken.analysis.stats;

/**
 * Cronbach's alpha from sums that can be kept up to date and added across schools: per item the
 * sum and sum of squares, and for the total score its sum and sum of squares, over respondents who
 * answered every item of the scale (listwise). alpha = k/(k-1) * (1 - sum of item variances / variance
 * of the total).
 */
public final class CronbachAlpha {

    private CronbachAlpha() {}

    /** Alpha, or NaN when it is undefined (fewer than two respondents or items, or no variance at all). */
    public static double of(long n, double[] itemSums, double[] itemSquares, double totalSum, double totalSquares) {
        int k = itemSums.length;
        if (n < 2 || k < 2 || itemSquares.length != k) {
            return Double.NaN;
        }
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            itemVariances += variance(n, itemSums[i], itemSquares[i]);
        }
        double totalVariance = variance(n, totalSum, totalSquares);
        if (totalVariance <= 0) {
            return Double.NaN;
        }
        return k / (k - 1.0) * (1 - itemVariances / totalVariance);
    }

    private static double variance(long n, double sum, double squares) {
        return (squares - sum * sum / n) / (n - 1);
    }
}
