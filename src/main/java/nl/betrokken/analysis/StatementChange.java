package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One statement of a school (a questionnaire's item) in the wave an action started from and in the
 * newest wave of the same list: the share of "yes" now and wished, before and after, and whether the
 * current situation changed demonstrably (Newcombe's interval for after minus before, and the
 * two-sided test). Shares are null where disclosure control does not show them; the change is there
 * only when both current shares are shown.
 *
 * @param state {@code no-baseline}: no wave of the list had the school when the action was made;
 *     {@code no-follow-up}: no later wave yet; {@code not-shown}: too few answers in one of the two
 *     waves; {@code compared}: the change is worked out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementChange(
        String questionnaireId,
        String itemId,
        String text,
        String audience,
        String state,
        Long baselineWaveId,
        String baselineWave,
        Long followUpWaveId,
        String followUpWave,
        Share currentBefore,
        Share currentAfter,
        Share desiredBefore,
        Share desiredAfter,
        Double difference,
        Double lower,
        Double upper,
        Double pValue,
        Double confidence,
        Boolean significant,
        Boolean improved) {

    public static final String NO_BASELINE = "no-baseline";
    public static final String NO_FOLLOW_UP = "no-follow-up";
    public static final String NOT_SHOWN = "not-shown";
    public static final String COMPARED = "compared";

    /** A published share: "yes" among those who answered the statement in that mode. */
    public record Share(long positive, long answered, double share) {}

    public boolean compared() {
        return COMPARED.equals(state);
    }
}
