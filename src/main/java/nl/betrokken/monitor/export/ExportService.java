package nl.betrokken.monitor.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.betrokken.analysis.Counts;
import nl.betrokken.audit.AuditLog;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveService;

/**
 * Raw responses as CSV, streamed: rows go from a database cursor to the client as they come, so a
 * million responses take as little memory as ten. Only the institutions the caller may see are
 * included, and none with fewer sent responses than the privacy threshold.
 */
@ApplicationScoped
public class ExportService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FETCH = 2000;

    /** What an export contains, decided inside a transaction before streaming starts. */
    public record Plan(long waveId, String waveName, Questionnaire questionnaire, Map<Long, String> institutions,
            List<String> leftOut) {
    }

    private final WaveService waves;
    private final Counts counts;
    private final DataSource dataSource;
    private final AuditLog audit;

    public ExportService(WaveService waves, Counts counts, DataSource dataSource, AuditLog audit) {
        this.waves = waves;
        this.counts = counts;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Transactional
    public Plan plan(long waveId, String what) {
        WaveService.Visible visible = waves.visible(waveId);
        int threshold = Municipality.<Municipality>findById(visible.wave().municipalityId).suppressionThreshold;
        Counts.Snapshot snapshot = counts.read(visible.rows().stream().map(r -> r.id).toList());
        Map<Long, String> included = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        for (WaveInstitution row : visible.rows()) {
            if (snapshot.respondents(List.of(row.id)) >= threshold) {
                included.put(row.id, row.institution.name);
            } else {
                leftOut.add(row.institution.name);
            }
        }
        audit.record("exported", "wave", waveId, visible.wave().municipalityId, what + " of " + included.size()
                + " institutions" + (leftOut.isEmpty() ? "" : ", " + leftOut.size() + " left out below the threshold"));
        return new Plan(waveId, visible.wave().name, visible.questionnaire().questionnaire(), included, leftOut);
    }

    /** One row per answer: response, institution, item, mode, answer. Open text included, as typed (neutralised). */
    public void longFormat(Plan plan, OutputStream out) {
        try (CSVPrinter csv = printer(out)) {
            csv.printRecord("response", "institution_id", "institution", "language", "submitted", "item", "mode", "answer");
            stream(plan, (response, answers) -> {
                for (Item item : plan.questionnaire().items().toList()) {
                    List<String> modes = item.twoMode() ? item.modes() : java.util.Collections.singletonList(null);
                    for (String mode : modes) {
                        JsonNode value = answers.get(mode == null ? item.id() : item.id() + ":" + mode);
                        if (value == null) {
                            continue;
                        }
                        List<String> values = new ArrayList<>();
                        if (value.isArray()) {
                            value.forEach(v -> values.add(v.asText()));
                        } else {
                            values.add(value.asText());
                        }
                        for (String v : values) {
                            csv.printRecord(response.id, response.row, SafeCells.of(response.institution), response.language,
                                    response.submitted, item.id(), mode == null ? "" : mode, SafeCells.of(v));
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per response, one column per item (and mode; per option for a multiple choice), answers as codes. */
    public void wide(Plan plan, OutputStream out) {
        List<Variables.Variable> variables = Variables.of(plan.questionnaire());
        try (CSVPrinter csv = printer(out)) {
            List<String> header = new ArrayList<>(List.of("response", "institution_id", "institution", "language", "submitted"));
            variables.forEach(v -> header.add(v.name()));
            csv.printRecord(header);
            stream(plan, (response, answers) -> {
                List<Object> row = new ArrayList<>(List.of(response.id, response.row, SafeCells.of(response.institution),
                        response.language, response.submitted));
                for (Variables.Variable variable : variables) {
                    row.add(cell(variable, answers.get(variable.key())));
                }
                csv.printRecord(row);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Variables.Variable variable, JsonNode value) {
        Item item = variable.item();
        if (variable.option() != null) {
            if (value == null) {
                return "";
            }
            for (JsonNode picked : value) {
                if (picked.asText().equals(variable.option().id())) {
                    return "1";
                }
            }
            return "0";
        }
        if (value == null) {
            return "";
        }
        if (item.type().hasOptions()) {
            return Integer.toString(Variables.code(item, value.asText()));
        }
        return SafeCells.of(value.asText());
    }

    /** Every variable and code with its labels in each language, for anyone who reads the wide file. */
    public void codebook(Plan plan, OutputStream out) {
        Questionnaire q = plan.questionnaire();
        try (CSVPrinter csv = printer(out)) {
            List<String> header = new ArrayList<>(List.of("variable", "item", "mode", "type"));
            q.languages().forEach(l -> header.add("question_" + l));
            header.addAll(List.of("code", "answer"));
            q.languages().forEach(l -> header.add("label_" + l));
            csv.printRecord(header);
            for (Variables.Variable variable : Variables.of(q)) {
                Item item = variable.item();
                List<AnswerOption> options = variable.option() != null ? List.of(variable.option())
                        : item.type().hasOptions() ? item.allOptions() : List.of();
                if (options.isEmpty()) {
                    csv.printRecord(line(q, variable, null, null));
                }
                for (AnswerOption option : options) {
                    String code = variable.option() != null ? "1" : Integer.toString(Variables.code(item, option.id()));
                    csv.printRecord(line(q, variable, code, option));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> line(Questionnaire q, Variables.Variable variable, String code, AnswerOption option) {
        Item item = variable.item();
        List<String> line = new ArrayList<>(List.of(variable.name(), item.id(), variable.mode() == null ? "" : variable.mode(),
                item.type().code()));
        q.languages().forEach(l -> line.add(SafeCells.of(item.text().in(l))));
        line.add(code == null ? "" : code);
        line.add(option == null ? "" : option.id());
        q.languages().forEach(l -> line.add(option == null ? "" : SafeCells.of(option.label().in(l))));
        return line;
    }

    /** SPSS syntax that labels the variables and values of the wide CSV after it is read. */
    public void spss(Plan plan, OutputStream out) {
        Questionnaire q = plan.questionnaire();
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            writer.write("* Betrokken: labels for " + spssText(plan.waveName()) + " (" + q.id() + " version " + q.version() + ").\n");
            writer.write("* Read responses-wide.csv first (File > Import Data > CSV), then run this syntax.\n\n");
            writer.write("VARIABLE LABELS\n");
            List<Variables.Variable> variables = Variables.of(q);
            for (int i = 0; i < variables.size(); i++) {
                Variables.Variable v = variables.get(i);
                String label = v.item().text().in("nl") + (v.mode() == null ? "" : " [" + v.mode() + "]")
                        + (v.option() == null ? "" : ": " + v.option().label().in("nl"));
                writer.write("  " + v.name() + " '" + spssText(label) + "'" + (i == variables.size() - 1 ? ".\n" : "\n"));
            }
            writer.write("\nVALUE LABELS\n");
            boolean first = true;
            for (Variables.Variable v : variables) {
                if (v.option() != null) {
                    writer.write((first ? "  " : "  /") + v.name() + " 0 'niet gekozen' 1 'gekozen'\n");
                    first = false;
                } else if (v.item().type().hasOptions()) {
                    StringBuilder labels = new StringBuilder();
                    for (AnswerOption option : v.item().allOptions()) {
                        labels.append(' ').append(Variables.code(v.item(), option.id())).append(" '")
                                .append(spssText(option.label().in("nl"))).append('\'');
                    }
                    writer.write((first ? "  " : "  /") + v.name() + labels + "\n");
                    first = false;
                }
            }
            writer.write(".\n");
            for (Variables.Variable v : variables) {
                if (v.option() == null && v.item().type() == ItemType.SCALE && v.item().notApplicable() != null) {
                    writer.write("MISSING VALUES " + v.name() + " (" + Variables.code(v.item(), v.item().notApplicable().id())
                            + ").\n");
                }
            }
            writer.write("EXECUTE.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String spssText(String text) {
        return text.replace("'", "''").replace("\n", " ");
    }

    private static CSVPrinter printer(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF'); // lets spreadsheets recognise UTF-8 (Arabic, Turkish, Polish answers)
        return new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    record ResponseRow(long id, long row, String institution, String language, String submitted) {
    }

    @FunctionalInterface
    interface RowWriter {
        void write(ResponseRow response, JsonNode answers) throws IOException;
    }

    /** Reads sent responses with a cursor, FETCH at a time, and hands each to the writer. */
    private void stream(Plan plan, RowWriter writer) throws IOException {
        if (plan.institutions().isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement unlimited = connection.createStatement()) {
                // a million responses stream for longer than the statement timeout meant for requests
                unlimited.execute("set local statement_timeout = 0");
            }
            Array ids = connection.createArrayOf("bigint", plan.institutions().keySet().toArray());
            try (PreparedStatement statement = connection.prepareStatement("select id, wave_institution_id, language,"
                    + " to_char(submitted_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD HH24:00'), answers::text from response"
                    + " where wave_institution_id = any(?) and status = 'SUBMITTED' order by id")) {
                statement.setArray(1, ids);
                statement.setFetchSize(FETCH);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long row = rows.getLong(2);
                        writer.write(new ResponseRow(rows.getLong(1), row, plan.institutions().get(row), rows.getString(3),
                                rows.getString(4)), JSON.readTree(rows.getString(5)));
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IOException("Reading the responses failed: " + e.getMessage(), e);
        }
    }
}
