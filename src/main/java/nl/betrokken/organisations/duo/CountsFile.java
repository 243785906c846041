package nl.betrokken.organisations.duo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.betrokken.common.api.InvalidFieldException;

/**
 * The counts per school for response rates: a CSV with the header {@code BRIN;LEERLINGEN;OUDERS;MEDEWERKERS}
 * (see {@link ImportTemplate}), separated by ; or , and encoded as any file {@link CsvTable} reads. An empty
 * cell leaves that count as it is.
 */
final class CountsFile {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COUNT = 100_000;

    /** A row of counts; a null count is not given. */
    record CountsRow(int line, String brinCode, Integer pupils, Integer parents, Integer staff) {}

    final List<CountsRow> rows = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();

    private CountsFile() {}

    static CountsFile read(byte[] bytes) {
        CsvTable table = CsvTable.read(bytes, MAX_ROWS);
        Optional<Integer> brin = table.column("BRIN", "BRIN CODE", "BRIN NUMMER", "INSTELLINGSCODE", "VESTIGINGSCODE");
        Optional<Integer> pupils = table.column("LEERLINGEN", "AANTAL LEERLINGEN");
        Optional<Integer> parents = table.column("OUDERS", "AANTAL OUDERS");
        Optional<Integer> staff = table.column("MEDEWERKERS", "AANTAL MEDEWERKERS", "PERSONEEL", "TEAMLEDEN");
        if (brin.isEmpty()) {
            throw missing("BRIN");
        }
        if (pupils.isEmpty() && parents.isEmpty() && staff.isEmpty()) {
            throw missing("LEERLINGEN, OUDERS of MEDEWERKERS");
        }
        CountsFile file = new CountsFile();
        file.problems.addAll(table.problems());
        for (CsvTable.Row row : table.rows()) {
            if (!table.fits(row)) {
                file.problems.add(DuoFile.columns(row, table));
                continue;
            }
            int before = file.problems.size();
            String code = DuoFile.normalisedCode(CsvTable.value(row, brin));
            if (code == null) {
                file.problems.add(ImportProblem.of(row.line(), "BRIN is empty", "import_brin_missing"));
            } else if (!code.matches("[0-9]{2}[A-Z]{2}([0-9]{2})?")) {
                file.problems.add(ImportProblem.of(
                        row.line(),
                        "'" + code + "' is no BRIN code (two digits and two letters, such as 12AB)",
                        "import_brin_bad",
                        code));
            }
            Integer pupilCount = count(row, pupils, "LEERLINGEN", file.problems);
            Integer parentCount = count(row, parents, "OUDERS", file.problems);
            Integer staffCount = count(row, staff, "MEDEWERKERS", file.problems);
            if (file.problems.size() == before) {
                if (pupilCount == null && parentCount == null && staffCount == null) {
                    file.problems.add(ImportProblem.of(row.line(), "the row has no counts", "import_counts_empty"));
                } else {
                    file.rows.add(new CountsRow(row.line(), code, pupilCount, parentCount, staffCount));
                }
            }
        }
        return file;
    }

    private static Integer count(
            CsvTable.Row row, Optional<Integer> column, String header, List<ImportProblem> problems) {
        String value = CsvTable.value(row, column);
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[\\s.]", "");
        if (!digits.matches("[0-9]{1,6}") || Integer.parseInt(digits) > MAX_COUNT) {
            problems.add(ImportProblem.of(
                    row.line(),
                    header + " '" + value + "' is no whole number from 0 to " + MAX_COUNT,
                    "import_count_bad",
                    header,
                    value,
                    MAX_COUNT));
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static InvalidFieldException missing(String column) {
        return new InvalidFieldException(
                "file", "the file has no column " + column + " in its first line", "import_column_missing", column);
    }
}
