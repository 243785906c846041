package nl.betrokken.organisations.duo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.organisations.Sector;
import org.junit.jupiter.api.Test;

/** Reading DUO's address files and the counts file, without a database: the files in src/test/resources/duo. */
class DuoFileTest {

    static final int OOSTERVELD = 981;

    static byte[] file(String name) {
        try (InputStream in = DuoFileTest.class.getResourceAsStream("/duo/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSemicolonFileInWindows1252KeepsItsLettersAndLeavesOtherMunicipalitiesOut() {
        byte[] bytes = file("hoofdvestigingen-bo-1252.csv");
        assertEquals(
                (byte) 0xEB, bytes[indexOf(bytes, "Wereld") + 6], "the file is really Windows-1252: ë is one byte");

        DuoFile duo = DuoFile.read(bytes, OOSTERVELD, Sector.PRIMARY);

        assertEquals(List.of(), duo.problems);
        assertEquals(2, duo.otherMunicipalityRows, "GEMEENTENUMMER 0982 and 0363");
        assertEquals(
                List.of(
                        "2 81AA Basisschool De Wereldën 71001 Oosterveld",
                        "3 81AB Kindcentrum Het Anker 71001 Oosterveld",
                        "4 81AC Sint Jozefschool ’t Hoekje 71002 Westerdorp"),
                duo.schools.stream()
                        .map(s -> s.line() + " " + s.brinCode() + " " + s.name() + " " + s.boardNumber() + " "
                                + s.place())
                        .toList());
        assertTrue(duo.schools.stream().allMatch(s -> s.boardName() == null && s.sector() == Sector.PRIMARY));
    }

    @Test
    void aQuotedCommaFileInUtf8WithABomTakesItsSectorFromItsColumns() {
        byte[] bytes = file("vestigingen-vo-utf8-bom.csv");
        assertEquals((byte) 0xEF, bytes[0], "the file starts with a byte order mark");

        DuoFile duo = DuoFile.read(bytes, OOSTERVELD, null);

        assertEquals(List.of(), duo.problems);
        assertEquals(Sector.SECONDARY, duo.sector, "ONDERWIJSSTRUCTUUR is in secondary school files only");
        assertEquals(1, duo.otherMunicipalityRows);
        assertEquals(
                List.of(
                        "84AA|College Zuiderlicht, locatie Oost|Stichting Voortgezet Onderwijs Oosterveld",
                        "84AB|Lyceum \"De Wadden\"|Stichting Voortgezet Onderwijs Oosterveld"),
                duo.schools.stream()
                        .map(s -> s.brinCode() + "|" + s.name() + "|" + s.boardName())
                        .toList());
    }

    @Test
    void everyBrokenRowIsReportedWithItsLineAndWhy() {
        DuoFile duo = DuoFile.read(file("kapotte-regels.csv"), OOSTERVELD, Sector.PRIMARY);

        Map<Integer, String> problems =
                duo.problems.stream().collect(Collectors.toMap(ImportProblem::line, ImportProblem::key));
        assertEquals(
                Map.of(
                        3, "import_brin_missing",
                        4, "import_brin_bad",
                        5, "import_name_missing",
                        6, "import_columns",
                        7, "import_municipality_bad",
                        8, "import_board_number_missing",
                        13, "import_unreadable_from"),
                problems,
                duo.problems.toString());
        assertEquals(
                List.of("86AA", "86AA", "86AH"),
                duo.schools.stream().map(DuoFile.SchoolRow::brinCode).toList(),
                "the duplicate BRIN code is the plan's to refuse: it needs to know which line came first");
        assertEquals(1, duo.otherMunicipalityRows, "a row of another municipality is left out, not reported");
        ImportProblem columns =
                duo.problems.stream().filter(p -> p.line() == 6).findFirst().orElseThrow();
        assertEquals("the row has 4 columns, the header 6", columns.message());
        assertEquals(List.of(4, 6), columns.arguments());
    }

    @Test
    void anOldFileWithBrinNummerAndOddlySpacedHeadersIsRead() {
        DuoFile duo = DuoFile.read(file("oud-formaat-brin-nummer.csv"), OOSTERVELD, Sector.PRIMARY);

        assertEquals(List.of(), duo.problems);
        assertEquals(
                List.of("87AA OBS De Klaproos 74001", "87AB CBS Het Mosterdzaadje 74001"),
                duo.schools.stream()
                        .map(s -> s.brinCode() + " " + s.name() + " " + s.boardNumber())
                        .toList());
        assertEquals("Stichting Oud Onderwijs", duo.schools.get(0).boardName());
    }

    @Test
    void aBoardsFileIsRecognisedByItsColumns() {
        DuoFile duo = DuoFile.read(file("bevoegde-gezagen.csv"), OOSTERVELD, null);

        assertTrue(duo.boardsFile);
        assertEquals(3, duo.boards.size(), "boards serve several municipalities: none is left out by its seat");
        assertEquals(
                "Stichting Openbaar Onderwijs Oosterveld", duo.boards.get(0).name());
    }

    @Test
    void aFileThatSaysNothingAboutItsSectorNeedsOneChosen() {
        InvalidFieldException refused = assertThrows(
                InvalidFieldException.class,
                () -> DuoFile.read(file("hoofdvestigingen-bo-1252.csv"), OOSTERVELD, null));
        assertEquals("sector", refused.field());
        assertEquals("import_sector_required", refused.messageKey().orElseThrow());
    }

    @Test
    void aFileWithoutTheColumnsIsNoDuoFile() {
        InvalidFieldException refused = assertThrows(
                InvalidFieldException.class,
                () -> DuoFile.read("naam;adres\nx;y\n".getBytes(StandardCharsets.UTF_8), OOSTERVELD, Sector.PRIMARY));
        assertEquals("file", refused.field());
        assertEquals("import_column_missing", refused.messageKey().orElseThrow());
        assertEquals(
                "import_file_empty",
                assertThrows(InvalidFieldException.class, () -> DuoFile.read(new byte[] {'\n'}, OOSTERVELD, null))
                        .messageKey()
                        .orElseThrow());
    }

    @Test
    void countsAreReadWithTheirProblems() {
        CountsFile counts = CountsFile.read(file("aantallen.csv"));

        assertEquals(
                List.of("81AA 240 310 22", "81AB null 180 null", "81AC 1050 900 71", "99ZZ 10 10 1"),
                counts.rows.stream()
                        .map(r -> r.brinCode() + " " + r.pupils() + " " + r.parents() + " " + r.staff())
                        .toList());
        assertEquals(1, counts.problems.size());
        assertEquals(6, counts.problems.get(0).line());
        assertEquals("import_count_bad", counts.problems.get(0).key());
        assertEquals(
                "LEERLINGEN 'veel' is no whole number from 0 to 100000",
                counts.problems.get(0).message());
    }

    @Test
    void theTemplateIsACountsFile() {
        CountsFile counts = CountsFile.read(ImportTemplate.COUNTS.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), counts.problems);
        assertEquals(2, counts.rows.size());
        assertNull(counts.rows.get(1).pupils());
    }

    @Test
    void encodingsAndSeparatorsAreDetected() {
        assertEquals("Wereldën", CsvTable.decode("Wereldën".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Wereldën", CsvTable.decode("Wereldën".getBytes(CsvTable.WINDOWS_1252)));
        assertEquals("€ ’t", CsvTable.decode("€ ’t".getBytes(CsvTable.WINDOWS_1252)));
        assertEquals(';', CsvTable.delimiter("A;B;\"C,D\""));
        assertEquals(',', CsvTable.delimiter("\"A\",\"B;1\",\"C\""));
        assertEquals('\t', CsvTable.delimiter("A\tB\tC"));
        assertEquals(363, DuoFile.municipalityNumber("0363"));
        assertEquals(363, DuoFile.municipalityNumber("363"));
        assertEquals(363, DuoFile.municipalityNumber("GM0363"));
        assertNull(DuoFile.municipalityNumber("abc"));
    }

    private static int indexOf(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(ascii + " not found");
    }
}
