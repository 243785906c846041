package nl.betrokken.analysis;

/**
 * A group's share weighted to two margins at once (raking): each school's number of parents, and the
 * make-up of all the municipality's parents by one background question, as the analyst entered it with
 * its source. With its interval, design effect and effective number of respondents as for {@link
 * WeightedShare}; {@code unknown} respondents are those whose answer is not known (their weight follows
 * their school only).
 */
public record RakedShare(
        String itemKey,
        String question,
        String source,
        double share,
        double lower,
        double upper,
        double designEffect,
        double effectiveRespondents,
        long unknown,
        int iterations) {}
