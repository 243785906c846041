package nl.betrokken.waves;

import nl.betrokken.common.api.InvalidFieldException;

/** More single-use codes asked for than an institution may have; the numbers let each page say it in its own words. */
public class CodeLimitException extends InvalidFieldException {

    private final String institution;
    private final int limit;
    private final long made;

    public CodeLimitException(String institution, Integer population, int limit, long made, int requested) {
        super("count", "at most " + Math.max(0, limit - made) + " more codes for " + institution + ": it may have " + limit
                + (population == null ? " codes while its number of parents is not known"
                        : " codes (its " + population + " parents or staff plus a margin)")
                + " and " + made + " were made; a municipality analyst can raise the limit");
        this.institution = institution;
        this.limit = limit;
        this.made = made;
    }

    public String institution() {
        return institution;
    }

    public int limit() {
        return limit;
    }

    public long made() {
        return made;
    }
}
