package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.betrokken.analysis.stats.Interval;
import nl.betrokken.analysis.stats.Proportions;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Warning;
import nl.betrokken.disclosure.Withheld;

/**
 * A share of positive respondents for one group, with its interval; or, when disclosure control
 * withholds it, only why. {@code leftOut} counts the group's institutions whose answers are too
 * few to count in it.
 *
 * <p>{@code responseRate} is the share of the group's parents (or staff) who answered, when every
 * counted institution's number is known; {@code representative} says whether it reaches the
 * municipality's minimum ({@code minimumResponseRate}). {@code weighted} is the share with each
 * school standing for its own parents, for a group of several schools.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(
        String group,
        Long groupId,
        Long positive,
        Long answered,
        Double share,
        Double lower,
        Double upper,
        boolean suppressed,
        Withheld withheld,
        Integer institutions,
        Integer leftOut,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings,
        Integer population,
        Double responseRate,
        Double minimumResponseRate,
        Boolean representative,
        WeightedShare weighted,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RakedShare> raked) {

    /** A figure without a representativeness rule, such as one per way of answering. */
    public static Figure of(String group, Long groupId, Aggregate counts, double confidence) {
        return of(group, groupId, counts, confidence, null);
    }

    public static Figure of(
            String group, Long groupId, Aggregate counts, double confidence, Double minimumResponseRate) {
        Integer leftOut = counts.leftOut() == 0 ? null : counts.leftOut();
        if (!counts.shown()) {
            return new Figure(
                    group,
                    groupId,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    counts.withheld(),
                    null,
                    leftOut,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of());
        }
        Interval interval = Proportions.wilson(counts.positive(), counts.answered(), confidence, counts.population());
        Integer population = counts.population() == null || counts.population() == 0 ? null : counts.population();
        Double rate = population == null ? null : Math.min(1.0, (double) counts.answered() / population);
        Boolean representative = rate == null || minimumResponseRate == null ? null : rate >= minimumResponseRate;
        return new Figure(
                group,
                groupId,
                counts.positive(),
                counts.answered(),
                interval.estimate(),
                interval.lower(),
                interval.upper(),
                false,
                null,
                counts.institutions(),
                leftOut,
                counts.warnings(),
                population,
                rate,
                rate == null ? null : minimumResponseRate,
                representative,
                null,
                List.of());
    }

    public Figure withWeighted(WeightedShare weighted) {
        return with(weighted, raked);
    }

    public Figure withRaked(List<RakedShare> raked) {
        return with(weighted, List.copyOf(raked));
    }

    private Figure with(WeightedShare weighted, List<RakedShare> raked) {
        return new Figure(
                group,
                groupId,
                positive,
                answered,
                share,
                lower,
                upper,
                suppressed,
                withheld,
                institutions,
                leftOut,
                warnings,
                population,
                responseRate,
                minimumResponseRate,
                representative,
                weighted,
                raked);
    }

    public boolean shown() {
        return !suppressed && share != null;
    }

    /** Shown, but from too small a share of the group's parents to stand for all of them. */
    public boolean unrepresentative() {
        return shown() && Boolean.FALSE.equals(representative);
    }

    /** The interval a target is judged on: the weighted one when asked for and there is one. */
    public double lowerFor(boolean weightedTargets) {
        return weightedTargets && weighted != null ? weighted.lower() : lower;
    }

    public double upperFor(boolean weightedTargets) {
        return weightedTargets && weighted != null ? weighted.upper() : upper;
    }
}
