package nl.betrokken.organisations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.betrokken.common.api.InvalidFieldException;

/** Reads a sector filter of a query string (the API's and the monitor's), with the same codes the JSON uses. */
public final class SectorParameter {

    private SectorParameter() {}

    /** The sector a code names, or null for no filter; an unknown code is a 400 that lists the known ones. */
    public static Sector parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Sector.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(
                    "sector",
                    "must be one of "
                            + Arrays.stream(Sector.values()).map(Sector::code).collect(Collectors.joining(", ")));
        }
    }
}
