package nl.betrokken.analysis;

/**
 * A group's share with each school's respondents standing for that school's parents (post-stratified by
 * school), its interval from the stratified variance with a finite population correction per school,
 * the design effect against a simple random sample of as many parents, and the respondents that
 * sample would need for the same precision.
 */
public record WeightedShare(
        double share,
        double lower,
        double upper,
        double standardError,
        double designEffect,
        double effectiveRespondents,
        int strata) {}
