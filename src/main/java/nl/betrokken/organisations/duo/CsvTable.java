package nl.betrokken.organisations.duo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.common.api.InvalidFieldException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as people download or save it: UTF-8 with or without a byte order mark, or else
 * Windows-1252 (what Excel and older DUO files use); separated by {@code ;}, {@code ,} or a tab,
 * whichever the header line has most of; values quoted or not. Columns are found by their header
 * name, in any case and with any spacing ("Bevoegd gezag nummer" = "BEVOEGD_GEZAG_NUMMER").
 */
final class CsvTable {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One data row, with the line of the file it starts on. */
    record Row(int line, List<String> values) {}

    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<Row> rows;
    private final List<ImportProblem> problems;

    private CsvTable(List<String> header, List<Row> rows, List<ImportProblem> problems) {
        this.header = header;
        this.rows = rows;
        this.problems = problems;
        this.columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(normalise(header.get(i)), i);
        }
    }

    /** Reads the file; a file that is no table at all is refused on the field {@code file}. */
    static CsvTable read(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new InvalidFieldException("file", "the file is empty", "import_file_empty");
        }
        int[] newlines = newlines(text);
        String firstLine = text.lines().findFirst().orElse("");
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(firstLine))
                .setQuote('"')
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            long linesRead = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    int line = (int) linesRead + 1;
                    problems.add(ImportProblem.of(
                            line,
                            "the file cannot be read from this line on (a quote that is not closed?)",
                            "import_unreadable_from"));
                    break;
                }
                linesRead = parser.getCurrentLineNumber();
                int line = lineOf(newlines, record.getCharacterPosition());
                List<String> values = record.toList();
                if (header == null) {
                    header = values;
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new InvalidFieldException(
                            "file", "the file has more than " + maxRows + " rows", "import_too_many_rows", maxRows);
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw new InvalidFieldException("file", "the file is empty", "import_file_empty");
        }
        return new CsvTable(header, rows, problems);
    }

    List<Row> rows() {
        return rows;
    }

    /** Problems with the file itself, found while reading it (an unclosed quote). */
    List<ImportProblem> problems() {
        return problems;
    }

    int width() {
        return header.size();
    }

    /** The index of the first column with one of these names (normalised as {@link #normalise}). */
    Optional<Integer> column(String... names) {
        return Arrays.stream(names)
                .map(CsvTable::normalise)
                .filter(columns::containsKey)
                .map(columns::get)
                .findFirst();
    }

    /** Whether a row has the header's number of values; blank values after the last column are allowed. */
    boolean fits(Row row) {
        List<String> values = row.values();
        if (values.size() < header.size()) {
            return false;
        }
        return values.subList(header.size(), values.size()).stream().allMatch(String::isBlank);
    }

    /** The stripped value of a column in a row, or null when the column is absent or the value blank. */
    static String value(Row row, Optional<Integer> column) {
        if (column.isEmpty() || column.get() >= row.values().size()) {
            return null;
        }
        String value = row.values().get(column.get()).strip();
        return value.isEmpty() ? null : value;
    }

    /** A header name without case, spaces or punctuation: "Bevoegd gezag nummer" → "BEVOEGDGEZAGNUMMER". */
    static String normalise(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }

    /** Valid UTF-8 (after a BOM, if any) is UTF-8; a UTF-16 BOM is UTF-16; anything else is Windows-1252. */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(bytes, 3).orElseGet(() -> new String(bytes, 3, bytes.length - 3, WINDOWS_1252));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        return strictUtf8(bytes, 0).orElseGet(() -> new String(bytes, WINDOWS_1252));
    }

    private static Optional<String> strictUtf8(byte[] bytes, int offset) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The separator the header line uses most outside quotes: ; or , or a tab (; when there is none). */
    static char delimiter(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static int[] newlines(String text) {
        int[] positions = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = i;
            }
        }
        return Arrays.copyOf(positions, count);
    }

    /** The 1-based line of a character position: one more than the number of newlines before it. */
    private static int lineOf(int[] newlines, long position) {
        int index = Arrays.binarySearch(newlines, (int) position);
        int before = index >= 0 ? index : -index - 1;
        return before + 1;
    }
}
