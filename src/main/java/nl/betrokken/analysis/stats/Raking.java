package nl.betrokken.analysis.stats;

/**
 * Raking (iterative proportional fitting, Deming and Stephan 1940) of a table of respondents, schools by
 * the answers to one background question, to two known margins: each school's number of parents, and
 * each answer's share of all parents. Starting from each school's respondents standing for its parents,
 * the cells are scaled in turn to the answers' shares and back to the schools' numbers until both hold.
 * One column may be {@code unknown}: respondents whose answer is not known (no answer, or a part of a
 * school too small to show on its own); their cells follow their school only, and the answers' shares
 * apply to the rest.
 */
public final class Raking {

    private Raking() {}

    /**
     * The raked table: {@code totals} the number of parents each cell stands for; {@code converged} false
     * when the margins could not be met within the iterations (then nothing should be read from it).
     */
    public record Result(double[][] totals, int iterations, boolean converged) {

        /** The weight of one respondent in a cell: the parents the cell stands for over its respondents. */
        public double weight(int school, int answer, double[][] counts) {
            return counts[school][answer] == 0 ? 0 : totals[school][answer] / counts[school][answer];
        }
    }

    /**
     * @param counts respondents per school (rows) and answer (columns); every school has at least one
     * @param schools the parents of each school
     * @param shares each answer's share of all parents (adding up to 1 over the known columns); the
     *     unknown column's entry is ignored
     * @param unknown the column of unknown answers, or -1
     */
    public static Result rake(
            double[][] counts, double[] schools, double[] shares, int unknown, double tolerance, int maxIterations) {
        int rows = counts.length;
        int columns = shares.length;
        double population = 0;
        double[][] cells = new double[rows][columns];
        for (int s = 0; s < rows; s++) {
            double respondents = sum(counts[s]);
            if (respondents <= 0) {
                throw new IllegalArgumentException("school " + s + " has no respondents to stand for its parents");
            }
            for (int l = 0; l < columns; l++) {
                cells[s][l] = counts[s][l] * schools[s] / respondents;
            }
            population += schools[s];
        }
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double unknownTotal = unknown < 0 ? 0 : column(cells, unknown);
            double known = population - unknownTotal;
            for (int l = 0; l < columns; l++) {
                if (l == unknown) {
                    continue;
                }
                double current = column(cells, l);
                if (current == 0) {
                    if (shares[l] > 0) {
                        // no respondent gave this answer: no weighting can make them a share of the parents
                        return new Result(cells, iteration, false);
                    }
                    continue;
                }
                double factor = shares[l] * known / current;
                for (int s = 0; s < rows; s++) {
                    cells[s][l] *= factor;
                }
            }
            for (int s = 0; s < rows; s++) {
                double factor = schools[s] / sum(cells[s]);
                for (int l = 0; l < columns; l++) {
                    cells[s][l] *= factor;
                }
            }
            if (deviation(cells, shares, unknown, population) < tolerance) {
                return new Result(cells, iteration, true);
            }
        }
        return new Result(cells, maxIterations, false);
    }

    /** How far the answers' shares are from their targets, after the schools' numbers were met. */
    private static double deviation(double[][] cells, double[] shares, int unknown, double population) {
        double known = population - (unknown < 0 ? 0 : column(cells, unknown));
        double worst = 0;
        for (int l = 0; l < shares.length; l++) {
            if (l != unknown) {
                worst = Math.max(worst, Math.abs(column(cells, l) / known - shares[l]));
            }
        }
        return worst;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static double column(double[][] cells, int column) {
        double total = 0;
        for (double[] row : cells) {
            total += row[column];
        }
        return total;
    }
}
