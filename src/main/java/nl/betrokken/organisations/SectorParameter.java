package nl.betrokken.organisations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.betrokken.common.api.InvalidFieldException;

/** Reads the sector filter of a query string, with the same codes the JSON uses. */
final class SectorParameter {

    private SectorParameter() {
    }

    static Sector parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Sector.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("sector", "must be one of "
                    + Arrays.stream(Sector.values()).map(Sector::code).collect(Collectors.joining(", ")));
        }
    }
}
