package nl.betrokken.monitor.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.database.replica.ReplicaPool;
import nl.betrokken.common.export.SafeCells;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.disclosure.MicrodataRelease;
import nl.betrokken.disclosure.Rules;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.security.AuditLog;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import nl.betrokken.waves.WaveService;
import nl.betrokken.waves.WaveStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Raw responses as CSV, streamed: rows go from a database cursor to the client as they come, so a
 * million responses take as little memory as ten. Rows of raw answers are microdata: only the data
 * controller (the municipality's analysts and the administrators) gets them, only of a closed wave,
 * in a random order with an id of the export's own, the week instead of the hour, and only the
 * details {@link MicrodataRelease} lets through. Everyone else is told the file does not exist.
 */
@ApplicationScoped
public class ExportService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FETCH = 2000;
    /** The wave institution, the Monday of the week it was sent, the language: the details besides the background. */
    private static final String DETAILS = "%1$swave_institution_id,"
            + " to_char(date_trunc('week', %1$ssubmitted_at at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD'),"
            + " coalesce(%1$slanguage, '')";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an export is about, decided inside a transaction before streaming starts. */
    public record Plan(long waveId, String waveName, Questionnaire questionnaire) {}

    /** The rows of a raw export: of which institutions, with which details, in which random order. */
    public record Microdata(
            Plan plan, List<Long> waveInstitutions, List<Item> background, MicrodataRelease release, long order) {}

    private final WaveService waves;
    private final Disclosure disclosure;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final ReplicaPool databases;
    private final AuditLog audit;

    public ExportService(
            WaveService waves,
            Disclosure disclosure,
            CurrentUser currentUser,
            EntityManager entityManager,
            DataSource dataSource,
            ReplicaPool databases,
            AuditLog audit) {
        this.waves = waves;
        this.disclosure = disclosure;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.databases = databases;
        this.audit = audit;
    }

    /** An export without rows of answers (codebook), for anyone who sees the wave. */
    @Transactional
    public Plan plan(long waveId, String what) {
        WaveService.Visible visible = audited(waveId, what);
        return new Plan(waveId, visible.wave().name, visible.questionnaire().questionnaire());
    }

    /** An export that needs nothing of the wave but the right to see it (the workbook reads its own figures). */
    @Transactional
    public void record(long waveId, String what) {
        audited(waveId, what);
    }

    private WaveService.Visible audited(long waveId, String what) {
        WaveService.Visible visible = waves.visible(waveId);
        audit.record(
                "exported",
                "wave",
                waveId,
                visible.wave().municipalityId,
                what + " of " + visible.rows().size() + " institutions");
        return visible;
    }

    /** The rows of answers of a closed wave, for the data controller; "not found" for everyone else. */
    @Transactional
    public Microdata microdata(long waveId, String what) {
        AuthenticatedUser user = currentUser.require();
        if (!user.is(Role.ADMINISTRATOR) && !user.is(Role.MUNICIPALITY_ANALYST)) {
            throw new NotFoundException("wave", waveId);
        }
        WaveService.Visible visible = waves.visible(waveId);
        if (visible.wave().status(Dates.today()) != WaveStatus.CLOSED) {
            throw new ConflictException(
                    "wave " + waveId + " is still open: rows of answers can be downloaded once it has"
                            + " closed, so no row can be compared with a later download; the aggregated tables are available now");
        }
        Questionnaire questionnaire = visible.questionnaire().questionnaire();
        WaveFigures figures = disclosure.wave(waveId);
        List<Long> ids = figures.units().stream().map(Unit::waveInstitutionId).toList();
        List<Item> background = questionnaire.backgroundItems();
        Rules rules = figures.rules();
        MicrodataRelease release = MicrodataRelease.of(
                figures.units(),
                background.stream().map(Item::id).toList(),
                details(ids, background),
                rules.threshold(questionnaire.audience()),
                rules.microdataThreshold(questionnaire.audience()));
        MicrodataRelease.Summary rows = release.summary();
        audit.record(
                "exported",
                "wave",
                waveId,
                visible.wave().municipalityId,
                what + " of " + ids.size() + " institutions: "
                        + rows.everything() + " rows with every detail, " + rows.someDetails() + " without some, "
                        + rows.onlyWhere()
                        + " with only the institution or sector, " + rows.nothing() + " without any");
        return new Microdata(
                new Plan(waveId, visible.wave().name, questionnaire), ids, background, release, RANDOM.nextLong());
    }

    /**
     * How many sent responses share each combination of the details that could identify someone, read
     * with a cursor; the same values repeat on many rows, so each is kept once.
     */
    private Map<MicrodataRelease.Details, Long> details(List<Long> ids, List<Item> background) {
        String sql = "select " + DETAILS.formatted("") + background(background, "") + ", count(*) from response"
                + " where wave_institution_id = any(?) and status = 'SUBMITTED' group by "
                + String.join(
                        ", ",
                        IntStream.rangeClosed(1, 3 + background.size())
                                .mapToObj(String::valueOf)
                                .toList());
        Map<MicrodataRelease.Details, Long> counts = new HashMap<>();
        Map<String, String> once = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            for (Item item : background) {
                statement.setString(p++, item.id());
            }
            statement.setArray(p, connection.createArrayOf("bigint", ids.toArray()));
            statement.setFetchSize(FETCH);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(details(rows, background.size(), once), rows.getLong(4 + background.size()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the details of the responses failed: " + e.getMessage(), e);
        }
        return counts;
    }

    /** The wave institution, week, language and background answers of a row selected with {@link #DETAILS}. */
    private static MicrodataRelease.Details details(ResultSet row, int background, Map<String, String> once)
            throws SQLException {
        List<String> values = new ArrayList<>(background);
        for (int i = 0; i < background; i++) {
            values.add(once.computeIfAbsent(row.getString(4 + i), v -> v));
        }
        return new MicrodataRelease.Details(
                row.getLong(1),
                once.computeIfAbsent(row.getString(2), v -> v),
                once.computeIfAbsent(row.getString(3), v -> v),
                values);
    }

    private static String background(List<Item> background, String alias) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < background.size(); i++) {
            sql.append(", coalesce((").append(alias).append("answers -> ?)::text, '')");
        }
        return sql.toString();
    }

    /** One row per answer: response, its released details, item, mode, answer. Open text included, neutralised. */
    public void longFormat(Microdata data, OutputStream out) {
        Questionnaire questionnaire = data.plan().questionnaire();
        try (CSVPrinter csv = printer(out)) {
            csv.printRecord(
                    "response", "week", "institution", "institution_sector", "language", "item", "mode", "answer");
            stream(data, (row, answers) -> {
                for (Item item : questionnaire.items().toList()) {
                    for (String key : AnswerKey.of(item)) {
                        JsonNode value = answers.get(key);
                        if (value == null) {
                            continue;
                        }
                        String mode = Objects.toString(AnswerKey.mode(key), "");
                        List<String> values = new ArrayList<>();
                        if (value.isArray()) {
                            value.forEach(v -> values.add(v.asText()));
                        } else {
                            values.add(value.asText());
                        }
                        for (String v : values) {
                            List<Object> line = new ArrayList<>(row.columns());
                            line.addAll(List.of(item.id(), mode, SafeCells.of(v)));
                            csv.printRecord(line);
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row per response, one column per item (and mode; per option for a multiple choice), answers
     * as codes; line breaks inside an open answer become spaces, so every response is one line.
     */
    public void wide(Microdata data, OutputStream out) {
        List<Variables.Variable> variables = Variables.of(data.plan().questionnaire());
        try (CSVPrinter csv = printer(out)) {
            List<String> header =
                    new ArrayList<>(List.of("response", "week", "institution", "institution_sector", "language"));
            variables.forEach(v -> header.add(v.name()));
            csv.printRecord(header);
            stream(data, (row, answers) -> {
                List<Object> line = new ArrayList<>(row.columns());
                for (Variables.Variable variable : variables) {
                    line.add(cell(variable, answers.get(variable.key())));
                }
                csv.printRecord(line);
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
        // one line per response: SPSS and PSPP read a row per line, and a spreadsheet shows it the same
        return SafeCells.of(value.asText().replaceAll("\\R", " "));
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
                List<AnswerOption> options = variable.option() != null
                        ? List.of(variable.option())
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
        List<String> line = new ArrayList<>(List.of(
                variable.name(),
                item.id(),
                variable.mode() == null ? "" : variable.mode(),
                item.type().code()));
        q.languages().forEach(l -> line.add(SafeCells.of(item.text().in(l))));
        line.add(code == null ? "" : code);
        line.add(option == null ? "" : option.id());
        q.languages()
                .forEach(l -> line.add(
                        option == null ? "" : SafeCells.of(option.label().in(l))));
        return line;
    }

    /** SPSS syntax (also GNU PSPP) that reads the wide CSV, labels it and saves a .sav: see {@link ResearchScripts}. */
    public void spss(Microdata data, OutputStream out) {
        script(out, writer -> ResearchScripts.spss(data.plan(), writer));
    }

    /** An R script that reads the wide CSV with coded answers as labelled factors: see {@link ResearchScripts}. */
    public void r(Microdata data, OutputStream out) {
        script(out, writer -> ResearchScripts.r(data.plan(), writer));
    }

    @FunctionalInterface
    private interface Script {
        void write(BufferedWriter writer) throws IOException;
    }

    private static void script(OutputStream out, Script script) {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            script.write(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text inside a quoted SPSS label or after a comment star: every line terminator Java knows
     * (\r, \n, U+000B, U+000C, U+0085, U+2028, U+2029) becomes a space, so a label that staff typed
     * can never end the command and start one of its own.
     */
    static String spssText(String text) {
        return text.replace("'", "''").replaceAll("\\R", " ");
    }

    private static CSVPrinter printer(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF'); // lets spreadsheets recognise UTF-8 (Arabic, Turkish, Polish answers)
        return new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    /** A row's export id and released details: the first columns of both layouts. */
    record Row(long id, MicrodataRelease.Released released) {

        List<Object> columns() {
            return List.of(
                    id,
                    released.week() == null ? "" : released.week(),
                    released.institution() == null ? "" : SafeCells.of(released.institution()),
                    released.sector() == null ? "" : released.sector().code(),
                    released.language() == null ? "" : released.language());
        }
    }

    @FunctionalInterface
    interface RowWriter {
        void write(Row row, JsonNode answers) throws IOException;
    }

    /**
     * Reads the sent responses with a cursor, FETCH at a time, in an order random for this export, and
     * hands each to the writer with only the details it may carry.
     */
    private void stream(Microdata data, RowWriter writer) throws IOException {
        if (data.waveInstitutions().isEmpty()) {
            return;
        }
        List<Item> background = data.background();
        // rows in the order they were sent would tell their time more finely than the week
        String sql = "select " + DETAILS.formatted("") + background(background, "") + ", answers::text from response"
                + " where wave_institution_id = any(?) and status = 'SUBMITTED' order by hashint8extended(id, ?)";
        // streamed after the export's transaction (which wrote its audit record on the primary): the replica's work
        try (Connection connection = databases.forReading().getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement unlimited = connection.createStatement()) {
                // a million responses stream for longer than the statement timeout meant for requests
                unlimited.execute("set local statement_timeout = 0");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int p = 1;
                for (Item item : background) {
                    statement.setString(p++, item.id());
                }
                statement.setArray(
                        p++,
                        connection.createArrayOf(
                                "bigint", data.waveInstitutions().toArray()));
                statement.setLong(p, data.order());
                statement.setFetchSize(FETCH);
                long id = 0;
                Map<String, String> once = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        MicrodataRelease.Released released =
                                data.release().release(details(rows, background.size(), once));
                        ObjectNode answers = (ObjectNode) JSON.readTree(rows.getString(4 + background.size()));
                        released.droppedItems().forEach(answers::remove);
                        writer.write(new Row(++id, released), answers);
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IOException("Reading the responses failed: " + e.getMessage(), e);
        }
    }
}
