package nl.betrokken.waves;

import nl.betrokken.common.api.InvalidFieldException;

/** More single-use codes asked for than an institution may have; the numbers go with the message key to the pages. */
public class CodeLimitException extends InvalidFieldException {

    public CodeLimitException(String institution, Integer population, int limit, long made) {
        super(
                "count",
                "at most " + Math.max(0, limit - made) + " more codes for " + institution + ": it may have " + limit
                        + (population == null
                                ? " codes while its number of parents is not known"
                                : " codes (its " + population + " parents or staff plus a margin)")
                        + " and " + made + " were made; a municipality analyst can raise the limit",
                "codes_limit_reached",
                institution,
                Math.max(0, limit - made),
                limit,
                made);
    }
}
