package nl.betrokken.disclosure;

import java.util.List;
import nl.betrokken.organisations.Sector;

/**
 * One institution in one wave as disclosure control sees it: where its answers belong (board,
 * sector), how many it is expected to have (population) and has (respondents, always live), and
 * whether its link had a burst of responses.
 */
public record Unit(
        long waveInstitutionId,
        long institutionId,
        String name,
        long boardId,
        Sector sector,
        Integer population,
        long respondents,
        Integer burstSize) {

    /** Why the figures of this institution may have been padded by someone who holds its link or codes. */
    public List<Warning> warnings() {
        return Warning.of(population, respondents, burstSize);
    }
}
