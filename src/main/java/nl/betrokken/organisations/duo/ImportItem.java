package nl.betrokken.organisations.duo;

import java.util.List;

/**
 * A board or institution the import creates, changes or leaves alone: its type ("board" or
 * "institution"), its key (DUO's board number or the BRIN code), its name, the line of the file
 * it comes from and, when it is created or changed, the values it gets.
 */
public record ImportItem(String type, String key, String name, int line, List<ImportChange> changes) {

    public static final String BOARD = "board";
    public static final String INSTITUTION = "institution";
}
