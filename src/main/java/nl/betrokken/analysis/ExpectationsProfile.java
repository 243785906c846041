package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What parents and the school expect of each other at one school, from the latest wave of each
 * mutual-expectations list (parents, team) that included it: per expectation, the share that says
 * it happens and the share that says it matters, side by side; and the expectations that matter
 * but do not happen, from either side.
 *
 * @param unmetGap how far the share saying it happens must lie below the share saying it matters
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpectationsProfile(
        long institutionId,
        String institution,
        List<Side> sides,
        List<Expectation> expectations,
        List<Unmet> unmet,
        double unmetGap) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(
            String audience,
            String questionnaireId,
            long waveId,
            String wave,
            long respondents,
            int threshold,
            boolean suppressed) {}

    /** One expectation; {@code bySide} follows the order of the sides. */
    public record Expectation(
            String itemId, String text, String direction, String directionLabel, String topic, List<Share> bySide) {}

    /** A side's shares; null where its answers are not shown. {@code unmet}: it matters to most and happens too little. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Share(String audience, Double happens, Double matters, Long respondents, boolean unmet) {}

    /** An expectation that matters and does not happen, with the sides (parents, team) that say so. */
    public record Unmet(String itemId, String text, String direction, String directionLabel, List<String> audiences) {}
}
