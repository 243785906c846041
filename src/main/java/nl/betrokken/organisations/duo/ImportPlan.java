package nl.betrokken.organisations.duo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.security.Tokens;

/**
 * What an import would do to one municipality, worked out against the database without changing
 * it: the items of the preview and, in the same order, the writes that carry them out. Planning
 * only reads; {@link #apply()} writes, in the caller's transaction. Boards are found by DUO's number
 * (or, for a board typed by hand without one, by its name), institutions by BRIN code (or, without
 * one, by their name within the board).
 */
final class ImportPlan {

    final List<ImportItem> created = new ArrayList<>();
    final List<ImportItem> changed = new ArrayList<>();
    final List<ImportItem> unchanged = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    int otherMunicipalityRows;
    private final List<Runnable> writes = new ArrayList<>();

    private ImportPlan() {}

    void apply() {
        writes.forEach(Runnable::run);
    }

    /** A fingerprint of everything the plan writes and refuses: a confirmation applies only the plan it previewed. */
    String hash() {
        StringBuilder text = new StringBuilder();
        for (List<ImportItem> items : List.of(created, changed)) {
            text.append('|');
            for (ImportItem item : items) {
                text.append(item.type())
                        .append(':')
                        .append(item.key())
                        .append(':')
                        .append(item.name());
                item.changes()
                        .forEach(c -> text.append('[')
                                .append(c.field())
                                .append('=')
                                .append(c.from())
                                .append('>')
                                .append(c.to())
                                .append(']'));
                text.append(';');
            }
        }
        problems.forEach(p -> text.append(p.line()).append(p.message()).append(';'));
        return Tokens.sha256(text.toString());
    }

    // --- schools and boards

    /** A board as the file names it, with its entity once it exists (for a new one: once apply() made it). */
    private static final class PlannedBoard {
        Board entity;
        final String number;
        final String name;
        final boolean refused;

        PlannedBoard(Board entity, String number, String name, boolean refused) {
            this.entity = entity;
            this.number = number;
            this.name = name;
            this.refused = refused;
        }
    }

    static ImportPlan organisations(Municipality municipality, DuoFile file) {
        ImportPlan plan = new ImportPlan();
        plan.problems.addAll(file.problems);
        plan.otherMunicipalityRows = file.otherMunicipalityRows;
        List<Board> boards = Board.ofMunicipality(municipality.id);
        Map<String, Board> boardsByNumber = new HashMap<>();
        Map<String, Board> boardsByName = new HashMap<>();
        for (Board board : boards) {
            if (board.boardNumber != null) {
                boardsByNumber.put(board.boardNumber, board);
            }
            boardsByName.put(lower(board.name), board);
        }
        if (file.boardsFile) {
            plan.boards(file, boardsByNumber, boardsByName);
            return plan;
        }
        List<Institution> institutions = Institution.ofMunicipality(municipality.id);
        Map<String, Institution> byBrin = new HashMap<>();
        Map<String, Institution> byBoardAndName = new HashMap<>();
        for (Institution institution : institutions) {
            if (institution.brinCode != null) {
                byBrin.put(institution.brinCode, institution);
            }
            byBoardAndName.put(institution.board.id + "/" + lower(institution.name), institution);
        }
        Map<String, PlannedBoard> planned = new HashMap<>();
        Set<String> boardNamesInFile = new HashSet<>();
        Map<String, Integer> brinLines = new HashMap<>();
        Set<String> namesInFile = new HashSet<>();
        for (DuoFile.SchoolRow row : file.schools) {
            PlannedBoard board = planned.get(row.boardNumber());
            if (board == null) {
                board = plan.board(municipality, row, boardsByNumber, boardsByName, boardNamesInFile);
                planned.put(row.boardNumber(), board);
            }
            if (board.refused) {
                plan.problems.add(ImportProblem.of(
                        row.line(),
                        "the school's board " + row.boardNumber() + " cannot be imported (see its first line)",
                        "import_board_refused",
                        row.boardNumber()));
                continue;
            }
            Integer firstLine = brinLines.putIfAbsent(row.brinCode(), row.line());
            if (firstLine != null) {
                plan.problems.add(ImportProblem.of(
                        row.line(),
                        "BRIN code " + row.brinCode() + " is on line " + firstLine + " already",
                        "import_brin_twice",
                        row.brinCode(),
                        firstLine));
                continue;
            }
            plan.institution(row, board, byBrin, byBoardAndName, namesInFile);
        }
        return plan;
    }

    private PlannedBoard board(
            Municipality municipality,
            DuoFile.SchoolRow row,
            Map<String, Board> byNumber,
            Map<String, Board> byName,
            Set<String> namesInFile) {
        Board existing = byNumber.get(row.boardNumber());
        if (existing == null && row.boardName() != null) {
            Board sameName = byName.get(lower(row.boardName()));
            if (sameName != null && sameName.boardNumber == null) {
                existing = sameName;
            }
        }
        String name = row.boardName() != null
                ? row.boardName()
                : existing != null ? existing.name : "Bevoegd gezag " + row.boardNumber();
        Board clash = byName.get(lower(name));
        if ((clash != null && clash != existing) || !namesInFile.add(lower(name))) {
            problems.add(ImportProblem.of(
                    row.line(),
                    "another board of this municipality is named '" + name + "' already",
                    "import_board_name_taken",
                    name));
            return new PlannedBoard(null, row.boardNumber(), name, true);
        }
        if (existing == null) {
            PlannedBoard board = new PlannedBoard(null, row.boardNumber(), name, false);
            created.add(new ImportItem(
                    ImportItem.BOARD,
                    row.boardNumber(),
                    name,
                    row.line(),
                    List.of(
                            new ImportChange("name", null, name),
                            new ImportChange("boardNumber", null, board.number))));
            writes.add(() -> {
                Board entity = new Board();
                entity.municipality = municipality;
                entity.name = board.name;
                entity.boardNumber = board.number;
                entity.persist();
                board.entity = entity;
            });
            return board;
        }
        Board entity = existing;
        List<ImportChange> changes = new ArrayList<>();
        if (!entity.name.equals(name)) {
            changes.add(new ImportChange("name", entity.name, name));
        }
        if (entity.boardNumber == null) {
            changes.add(new ImportChange("boardNumber", null, row.boardNumber()));
        }
        record(ImportItem.BOARD, row.boardNumber(), name, row.line(), changes, () -> {
            entity.name = name;
            entity.boardNumber = row.boardNumber();
        });
        return new PlannedBoard(entity, row.boardNumber(), name, false);
    }

    private void institution(
            DuoFile.SchoolRow row,
            PlannedBoard board,
            Map<String, Institution> byBrin,
            Map<String, Institution> byBoardAndName,
            Set<String> namesInFile) {
        Institution existing = byBrin.get(row.brinCode());
        if (existing == null) {
            Optional<Institution> elsewhere = Institution.withBrinCode(row.brinCode());
            if (elsewhere.isPresent()) {
                problems.add(ImportProblem.of(
                        row.line(),
                        "BRIN code " + row.brinCode() + " belongs to an institution of another municipality",
                        "import_brin_elsewhere",
                        row.brinCode()));
                return;
            }
            if (board.entity != null) {
                Institution sameName = byBoardAndName.get(board.entity.id + "/" + lower(row.name()));
                if (sameName != null && sameName.brinCode == null) {
                    existing = sameName;
                }
            }
        }
        if (!namesInFile.add(board.number + "/" + lower(row.name()))) {
            problems.add(ImportProblem.of(
                    row.line(),
                    "another school of board " + board.number + " in this file is named '" + row.name() + "' too",
                    "import_name_twice",
                    row.name()));
            return;
        }
        if (board.entity != null) {
            Institution clash = byBoardAndName.get(board.entity.id + "/" + lower(row.name()));
            if (clash != null && clash != existing) {
                problems.add(ImportProblem.of(
                        row.line(),
                        "board '" + board.name + "' has another institution named '" + row.name() + "' already",
                        "import_institution_name_taken",
                        board.name,
                        row.name()));
                return;
            }
        }
        String boardText = board.name + " (" + board.number + ")";
        if (existing == null) {
            created.add(new ImportItem(
                    ImportItem.INSTITUTION,
                    row.brinCode(),
                    row.name(),
                    row.line(),
                    List.of(
                            new ImportChange("name", null, row.name()),
                            new ImportChange("brinCode", null, row.brinCode()),
                            new ImportChange("sector", null, row.sector().code()),
                            new ImportChange("board", null, boardText))));
            writes.add(() -> {
                Institution entity = new Institution();
                entity.board = board.entity;
                entity.name = row.name();
                entity.sector = row.sector();
                entity.brinCode = row.brinCode();
                entity.persist();
            });
            return;
        }
        Institution entity = existing;
        List<ImportChange> changes = new ArrayList<>();
        if (!entity.name.equals(row.name())) {
            changes.add(new ImportChange("name", entity.name, row.name()));
        }
        if (entity.brinCode == null) {
            changes.add(new ImportChange("brinCode", null, row.brinCode()));
        }
        if (entity.sector != row.sector()) {
            changes.add(new ImportChange(
                    "sector", entity.sector.code(), row.sector().code()));
        }
        if (entity.board != board.entity) {
            changes.add(new ImportChange("board", boardName(entity.board), boardText));
        }
        record(ImportItem.INSTITUTION, row.brinCode(), row.name(), row.line(), changes, () -> {
            entity.name = row.name();
            entity.brinCode = row.brinCode();
            entity.sector = row.sector();
            entity.board = board.entity;
        });
    }

    private void boards(DuoFile file, Map<String, Board> byNumber, Map<String, Board> byName) {
        Map<String, Integer> lines = new HashMap<>();
        for (DuoFile.BoardRow row : file.boards) {
            Integer firstLine = lines.putIfAbsent(row.boardNumber(), row.line());
            if (firstLine != null) {
                problems.add(ImportProblem.of(
                        row.line(),
                        "board number " + row.boardNumber() + " is on line " + firstLine + " already",
                        "import_board_twice",
                        row.boardNumber(),
                        firstLine));
                continue;
            }
            Board existing = byNumber.get(row.boardNumber());
            if (existing == null) {
                Board sameName = byName.get(lower(row.name()));
                existing = sameName != null && sameName.boardNumber == null ? sameName : null;
            }
            if (existing == null) {
                // a board without schools in this municipality: its schools' import makes it
                otherMunicipalityRows++;
                continue;
            }
            Board clash = byName.get(lower(row.name()));
            if (clash != null && clash != existing) {
                problems.add(ImportProblem.of(
                        row.line(),
                        "another board of this municipality is named '" + row.name() + "' already",
                        "import_board_name_taken",
                        row.name()));
                continue;
            }
            Board entity = existing;
            List<ImportChange> changes = new ArrayList<>();
            if (!entity.name.equals(row.name())) {
                changes.add(new ImportChange("name", entity.name, row.name()));
            }
            if (entity.boardNumber == null) {
                changes.add(new ImportChange("boardNumber", null, row.boardNumber()));
            }
            record(ImportItem.BOARD, row.boardNumber(), row.name(), row.line(), changes, () -> {
                entity.name = row.name();
                entity.boardNumber = row.boardNumber();
            });
        }
    }

    // --- counts

    static ImportPlan counts(Municipality municipality, CountsFile file, String source, LocalDate date) {
        ImportPlan plan = new ImportPlan();
        plan.problems.addAll(file.problems);
        Map<String, Institution> byBrin = new HashMap<>();
        for (Institution institution : Institution.ofMunicipality(municipality.id)) {
            if (institution.brinCode != null) {
                byBrin.put(institution.brinCode, institution);
            }
        }
        Map<String, Integer> lines = new HashMap<>();
        for (CountsFile.CountsRow row : file.rows) {
            Integer firstLine = lines.putIfAbsent(row.brinCode(), row.line());
            if (firstLine != null) {
                plan.problems.add(ImportProblem.of(
                        row.line(),
                        "BRIN code " + row.brinCode() + " is on line " + firstLine + " already",
                        "import_brin_twice",
                        row.brinCode(),
                        firstLine));
                continue;
            }
            Institution entity = byBrin.get(row.brinCode());
            if (entity == null) {
                plan.problems.add(ImportProblem.of(
                        row.line(),
                        "no institution of " + municipality.name + " has BRIN code " + row.brinCode(),
                        "import_brin_unknown",
                        row.brinCode(),
                        municipality.name));
                continue;
            }
            Integer pupils = row.pupils() != null ? row.pupils() : entity.pupilCount;
            Integer parents = row.parents() != null ? row.parents() : entity.parentCount;
            Integer staff = row.staff() != null ? row.staff() : entity.staffCount;
            List<ImportChange> changes = new ArrayList<>();
            count(changes, "pupilCount", entity.pupilCount, pupils);
            count(changes, "parentCount", entity.parentCount, parents);
            count(changes, "staffCount", entity.staffCount, staff);
            plan.record(ImportItem.INSTITUTION, row.brinCode(), entity.name, row.line(), changes, () -> {
                entity.pupilCount = pupils;
                entity.parentCount = parents;
                entity.staffCount = staff;
                entity.populationSource = source;
                entity.populationDate = date;
            });
        }
        return plan;
    }

    private static void count(List<ImportChange> changes, String field, Integer from, Integer to) {
        if (!Objects.equals(from, to)) {
            changes.add(new ImportChange(field, from == null ? null : from.toString(), to.toString()));
        }
    }

    // --- shared

    /** An existing object: changed (with its write) when there are changes, else left alone. */
    private void record(String type, String key, String name, int line, List<ImportChange> changes, Runnable write) {
        if (changes.isEmpty()) {
            unchanged.add(new ImportItem(type, key, name, line, List.of()));
        } else {
            changed.add(new ImportItem(type, key, name, line, List.copyOf(changes)));
            writes.add(write);
        }
    }

    private static String boardName(Board board) {
        return board.boardNumber == null ? board.name : board.name + " (" + board.boardNumber + ")";
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
