package nl.betrokken.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A background question with the share of all the municipality's parents per answer, as far as known, and
 * where those shares come from: what the monitor holds who answered against.
 */
public record PopulationMargin(
        String itemKey, String question, List<Share> shares, String source, LocalDate enteredOn) {

    /** One answer; {@code share} is null when no make-up is entered for the question. */
    public record Share(String answer, String label, BigDecimal share) {}

    public boolean entered() {
        return source != null;
    }
}
