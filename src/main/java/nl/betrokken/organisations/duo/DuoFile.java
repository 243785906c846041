package nl.betrokken.organisations.duo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.organisations.Sector;

/**
 * One of DUO's address files read into rows: a file of schools ("Adressen hoofdvestigingen
 * basisonderwijs" and its VO and MBO equivalents, old ones with {@code BRIN NUMMER}) or of boards
 * ("Adressen bevoegde gezagen"). Rows of other municipalities are counted, not read; every other row
 * either becomes a {@link SchoolRow} or {@link BoardRow} or a problem with its line.
 */
final class DuoFile {

    /** More rows than DUO's largest national file has. */
    static final int MAX_ROWS = 50_000;

    static final int MAX_NAME = 160;

    /** A school row of the chosen municipality. */
    record SchoolRow(
            int line,
            String brinCode,
            String name,
            String boardNumber,
            String boardName,
            String place,
            Sector sector) {}

    /** A row of a boards file. */
    record BoardRow(int line, String boardNumber, String name) {}

    final List<SchoolRow> schools = new ArrayList<>();
    final List<BoardRow> boards = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    int otherMunicipalityRows;
    boolean boardsFile;
    Sector sector;

    private DuoFile() {}

    /**
     * Reads a file for the municipality with this CBS number (363 for GM0363). The sector is the
     * chosen one, or when null the one the file's columns show (see {@link #inferSector}).
     */
    static DuoFile read(byte[] bytes, int municipalityNumber, Sector chosenSector) {
        CsvTable table = CsvTable.read(bytes, MAX_ROWS);
        DuoFile file = new DuoFile();
        file.problems.addAll(table.problems());
        Optional<Integer> brin = table.column("INSTELLINGSCODE", "BRIN NUMMER", "BRINNUMMER", "BRIN", "BRIN CODE");
        Optional<Integer> location = table.column("VESTIGINGSCODE", "VESTIGINGSNUMMER");
        Optional<Integer> name = location.isPresent()
                ? table.column("VESTIGINGSNAAM", "INSTELLINGSNAAM")
                : table.column("INSTELLINGSNAAM", "VESTIGINGSNAAM");
        Optional<Integer> boardNumber = table.column("BEVOEGD GEZAG NUMMER", "BEVOEGDGEZAGNUMMER", "BEVOEGD GEZAG");
        Optional<Integer> boardName = table.column("BEVOEGD GEZAG NAAM", "NAAM BEVOEGD GEZAG");
        Optional<Integer> municipality = table.column("GEMEENTENUMMER", "GEMEENTECODE");
        Optional<Integer> place = table.column("PLAATSNAAM", "VESTIGINGSPLAATS", "PLAATS");
        if (boardNumber.isEmpty()) {
            throw missing("BEVOEGD GEZAG NUMMER");
        }
        if (brin.isEmpty() && location.isEmpty()) {
            if (boardName.isEmpty()) {
                throw new InvalidFieldException(
                        "file",
                        "the file has neither an INSTELLINGSCODE (or BRIN NUMMER) column nor a BEVOEGD GEZAG NAAM column:"
                                + " it is no DUO address file of schools or boards",
                        "import_not_duo");
            }
            file.boardsFile = true;
            for (CsvTable.Row row : table.rows()) {
                if (!table.fits(row)) {
                    file.problems.add(columns(row, table));
                    continue;
                }
                String number = boardNumber(row, boardNumber, file.problems);
                String named = name(row, boardName, "BEVOEGD GEZAG NAAM", file.problems);
                if (number != null && named != null) {
                    file.boards.add(new BoardRow(row.line(), number, named));
                }
            }
            return file;
        }
        if (name.isEmpty()) {
            throw missing("INSTELLINGSNAAM");
        }
        if (municipality.isEmpty()) {
            throw missing("GEMEENTENUMMER");
        }
        file.sector = chosenSector != null ? chosenSector : inferSector(table);
        for (CsvTable.Row row : table.rows()) {
            if (!table.fits(row)) {
                file.problems.add(columns(row, table));
                continue;
            }
            String number = CsvTable.value(row, municipality);
            Integer parsed = municipalityNumber(number);
            if (parsed == null) {
                file.problems.add(
                        number == null
                                ? ImportProblem.of(row.line(), "GEMEENTENUMMER is empty", "import_municipality_missing")
                                : ImportProblem.of(
                                        row.line(),
                                        "GEMEENTENUMMER '" + number + "' is no municipality number",
                                        "import_municipality_bad",
                                        number));
                continue;
            }
            if (parsed != municipalityNumber) {
                file.otherMunicipalityRows++;
                continue;
            }
            int before = file.problems.size();
            String code = brinCode(row, brin, location, file.problems);
            String named = name(row, name, "INSTELLINGSNAAM", file.problems);
            String board = boardNumber(row, boardNumber, file.problems);
            String namedBoard = CsvTable.value(row, boardName);
            if (namedBoard != null && namedBoard.length() > MAX_NAME) {
                file.problems.add(tooLong(row.line(), "BEVOEGD GEZAG NAAM"));
            }
            if (file.problems.size() == before) {
                file.schools.add(new SchoolRow(
                        row.line(), code, named, board, namedBoard, CsvTable.value(row, place), file.sector));
            }
        }
        return file;
    }

    /**
     * The sector when the user left it to the file: a {@code ONDERWIJSSTRUCTUUR} column (VMBO, HAVO,
     * VWO) is in DUO's secondary school files only, a {@code SOORT PO} column in the primary ones.
     * Anything else must be chosen.
     */
    static Sector inferSector(CsvTable table) {
        if (table.column("ONDERWIJSSTRUCTUUR").isPresent()) {
            return Sector.SECONDARY;
        }
        if (table.column("SOORT PO").isPresent()) {
            return Sector.PRIMARY;
        }
        throw new InvalidFieldException(
                "sector",
                "the file does not say which sector its schools are in: choose one",
                "import_sector_required");
    }

    /** A municipality number as DUO writes it ("363", "0363") or as a CBS code ("GM0363"); null if none. */
    static Integer municipalityNumber(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.toUpperCase(Locale.ROOT).replaceFirst("^GM", "").strip();
        if (!digits.matches("[0-9]{1,4}")) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static String brinCode(
            CsvTable.Row row, Optional<Integer> brin, Optional<Integer> location, List<ImportProblem> problems) {
        String code = normalisedCode(CsvTable.value(row, brin));
        String locationCode = normalisedCode(CsvTable.value(row, location));
        if (locationCode != null && locationCode.matches("[0-9]{1,2}") && code != null) {
            locationCode = code + (locationCode.length() == 1 ? "0" : "") + locationCode;
        }
        String result = locationCode != null ? locationCode : code;
        if (result == null) {
            problems.add(
                    ImportProblem.of(row.line(), "the BRIN code (INSTELLINGSCODE) is empty", "import_brin_missing"));
            return null;
        }
        if (!result.matches("[0-9]{2}[A-Z]{2}([0-9]{2})?")) {
            problems.add(ImportProblem.of(
                    row.line(),
                    "'" + result + "' is no BRIN code (two digits and two letters, such as 12AB)",
                    "import_brin_bad",
                    result));
            return null;
        }
        return result;
    }

    static String normalisedCode(String value) {
        return value == null ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static String name(
            CsvTable.Row row, Optional<Integer> column, String header, List<ImportProblem> problems) {
        String value = CsvTable.value(row, column);
        if (value == null) {
            problems.add(ImportProblem.of(row.line(), header + " is empty", "import_name_missing", header));
            return null;
        }
        String named = value.replaceAll("\\s+", " ");
        if (named.length() > MAX_NAME) {
            problems.add(tooLong(row.line(), header));
            return null;
        }
        return named;
    }

    private static ImportProblem tooLong(int line, String header) {
        return ImportProblem.of(
                line, header + " is longer than " + MAX_NAME + " characters", "import_name_too_long", header, MAX_NAME);
    }

    private static String boardNumber(CsvTable.Row row, Optional<Integer> column, List<ImportProblem> problems) {
        String value = CsvTable.value(row, column);
        if (value == null) {
            problems.add(ImportProblem.of(row.line(), "BEVOEGD GEZAG NUMMER is empty", "import_board_number_missing"));
            return null;
        }
        String digits = value.replaceAll("\\s", "");
        if (!digits.matches("[0-9]{1,6}") || Integer.parseInt(digits) == 0) {
            problems.add(ImportProblem.of(
                    row.line(),
                    "BEVOEGD GEZAG NUMMER '" + value + "' is no board number (digits, such as 41234)",
                    "import_board_number_bad",
                    value));
            return null;
        }
        return Integer.toString(Integer.parseInt(digits));
    }

    static ImportProblem columns(CsvTable.Row row, CsvTable table) {
        return ImportProblem.of(
                row.line(),
                "the row has " + row.values().size() + " columns, the header " + table.width(),
                "import_columns",
                row.values().size(),
                table.width());
    }

    private static InvalidFieldException missing(String column) {
        return new InvalidFieldException(
                "file", "the file has no column " + column + " in its first line", "import_column_missing", column);
    }
}
