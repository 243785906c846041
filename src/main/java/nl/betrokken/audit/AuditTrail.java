package nl.betrokken.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.export.SafeCells;
import nl.betrokken.common.time.Dates;
import nl.betrokken.security.AuditEvent;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The audit trail as its readers may see it: all of it for an administrator, the own municipality's for an analyst. */
@ApplicationScoped
@Transactional
public class AuditTrail {

    /** The most rows a CSV holds; a longer trail is narrowed with the filter. */
    static final int CSV_LIMIT = 100_000;

    private final CurrentUser currentUser;

    public AuditTrail(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public List<AuditEventView> search(AuditFilter filter, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidFieldException("limit", "must be between 1 and 1000");
        }
        return events(checked(filter), municipalityOfReader(), limit).stream()
                .map(AuditEventView::of)
                .toList();
    }

    public List<String> objectTypes() {
        return AuditEvent.objectTypes();
    }

    /**
     * The matching events as CSV (UTF-8 with BOM, so that spreadsheet programs read the accents). Whose
     * events may be read is decided now, on the request; the rows are written later, as the body streams.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public StreamingOutput csv(AuditFilter filter) {
        AuditFilter valid = checked(filter);
        Long municipality = municipalityOfReader();
        return out -> QuarkusTransaction.requiringNew().run(() -> write(valid, municipality, out));
    }

    private static void write(AuditFilter filter, Long municipality, OutputStream out) {
        try {
            writeRows(filter, municipality, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRows(AuditFilter filter, Long municipality, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(
                    "occurred_at", "username", "action", "object_type", "object_id", "municipality_id", "detail");
            for (AuditEvent event : events(filter, municipality, CSV_LIMIT)) {
                csv.printRecord(
                        event.occurredAt,
                        SafeCells.of(event.username),
                        event.action,
                        event.objectType,
                        SafeCells.of(event.objectId),
                        event.municipalityId,
                        SafeCells.of(event.detail));
            }
        }
    }

    /** Null for an administrator, who reads everything; else the analyst's own municipality. */
    private Long municipalityOfReader() {
        var user = currentUser.require();
        return user.is(Role.ADMINISTRATOR) ? null : user.municipalityId();
    }

    /** The one check of a filter, for the page, the API and the CSV alike (before the CSV starts streaming). */
    private static AuditFilter checked(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidFieldException("to", "must be on or after from", "audit_to_before_from");
        }
        return filter;
    }

    private static List<AuditEvent> events(AuditFilter filter, Long municipality, int limit) {
        return AuditEvent.matching(
                municipality,
                blankToNull(filter.person()),
                blankToNull(filter.objectType()),
                blankToNull(filter.objectId()),
                startOf(filter.from()),
                startOf(filter.to() == null ? null : filter.to().plusDays(1)),
                limit);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Dates.ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
