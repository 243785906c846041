package nl.betrokken.organisations.duo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.persistence.Flush;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;
import nl.betrokken.organisations.Sector;
import nl.betrokken.organisations.SectorParameter;
import nl.betrokken.security.AuditLog;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Tokens;

/**
 * Imports of schools and boards from DUO's address files, and of pupil, parent and staff counts
 * per BRIN code. Every import is first a preview (nothing written); applying it is one
 * transaction, with one audit event. The pages keep the file between preview and confirmation
 * ({@link PendingImport}); the API previews ({@code dryRun}) or applies at once.
 */
@ApplicationScoped
@Transactional
public class DuoImportService {

    /** How long a previewed file waits for its confirmation. */
    static final Duration PENDING_FOR = Duration.ofHours(1);

    /** The largest file taken: DUO's national files are a few megabytes. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    private final Scope scope;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    public DuoImportService(Scope scope, AuditLog audit, CurrentUser currentUser) {
        this.scope = scope;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    // --- the API: a dry run, or the import at once

    public ImportPreview importFile(String kind, ImportUpload upload, boolean dryRun) {
        Parsed parsed = parse(kind, upload);
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
            return parsed.preview(null, false);
        }
        return apply(parsed, null);
    }

    // --- the pages: a preview kept for the confirmation

    public ImportPreview preview(String kind, ImportUpload upload) {
        Parsed parsed = parse(kind, upload);
        PendingImport.deleteOlderThan(OffsetDateTime.now().minus(PENDING_FOR));
        PendingImport pending = new PendingImport();
        pending.id = Tokens.newToken();
        pending.userId = currentUser.require().id();
        pending.municipalityId = parsed.municipality.id;
        pending.kind = kind;
        pending.sector = parsed.sector;
        pending.filename = parsed.filename;
        pending.content = upload.content();
        pending.previewHash = parsed.plan.hash();
        pending.createdAt = OffsetDateTime.now();
        pending.persist();
        return parsed.preview(pending.id, false);
    }

    /**
     * Applies the previewed file, if the preview still holds. When the database changed meanwhile,
     * nothing is written and the new preview comes back, not applied, to be confirmed in its turn.
     */
    public ImportPreview confirm(String id) {
        PendingImport pending = pending(id);
        Parsed parsed = parse(
                pending.kind,
                new ImportUpload(
                        pending.municipalityId,
                        pending.sector == null ? null : pending.sector.code(),
                        pending.filename,
                        pending.content));
        String hash = parsed.plan.hash();
        if (!hash.equals(pending.previewHash)) {
            pending.previewHash = hash;
            return parsed.preview(pending.id, false);
        }
        ImportPreview result = apply(parsed, pending.id);
        pending.delete();
        return result;
    }

    /** The kind of a kept file (to show the right page), or not found when it expired or is someone else's. */
    public String pendingKind(String id) {
        return pending(id).kind;
    }

    private PendingImport pending(String id) {
        PendingImport pending = id == null ? null : PendingImport.findById(id);
        if (pending == null
                || pending.userId != currentUser.require().id()
                || pending.createdAt.isBefore(OffsetDateTime.now().minus(PENDING_FOR))) {
            throw new NotFoundException("import", id);
        }
        return pending;
    }

    private ImportPreview apply(Parsed parsed, String id) {
        Flush.orConflict(
                parsed.plan::apply, "The import clashes with a change made at the same time; preview the file again.");
        ImportPreview result = parsed.preview(id, true);
        audit.record(
                "imported",
                ImportPreview.COUNTS.equals(parsed.kind) ? "population-import" : "organisations-import",
                id,
                parsed.municipality.id,
                parsed.filename + ": " + result.summary());
        return result;
    }

    // --- reading a file into a plan

    private record Parsed(String kind, Municipality municipality, Sector sector, String filename, ImportPlan plan) {

        ImportPreview preview(String id, boolean applied) {
            return new ImportPreview(
                    id,
                    kind,
                    municipality.id,
                    municipality.name,
                    sector == null ? null : sector.code(),
                    filename,
                    applied,
                    plan.created,
                    plan.changed,
                    plan.unchanged,
                    plan.problems,
                    plan.otherMunicipalityRows);
        }
    }

    private Parsed parse(String kind, ImportUpload upload) {
        if (!ImportPreview.ORGANISATIONS.equals(kind) && !ImportPreview.COUNTS.equals(kind)) {
            throw new IllegalArgumentException("no import of " + kind);
        }
        if (upload.municipalityId() == null) {
            throw new InvalidFieldException("municipalityId", "is required", "import_municipality_required");
        }
        Municipality municipality = scope.municipality(upload.municipalityId());
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw new InvalidFieldException("file", "is required: the CSV file to import", "import_file_required");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidFieldException(
                    "file",
                    "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB",
                    "import_file_too_large",
                    MAX_FILE_BYTES / (1024 * 1024));
        }
        String filename = filename(upload.filename());
        if (ImportPreview.COUNTS.equals(kind)) {
            CountsFile file = CountsFile.read(content);
            return new Parsed(
                    kind,
                    municipality,
                    null,
                    filename,
                    ImportPlan.counts(municipality, file, "import " + filename, LocalDate.now()));
        }
        Sector chosen = "auto".equals(upload.sector()) ? null : SectorParameter.parse(upload.sector());
        Integer number = DuoFile.municipalityNumber(municipality.cbsCode);
        if (number == null) {
            throw new InvalidFieldException(
                    "municipalityId",
                    "municipality " + municipality.name + " has no CBS code (such as GM0363) to find its schools by",
                    "import_municipality_no_cbs",
                    municipality.name);
        }
        DuoFile file = DuoFile.read(content, number, chosen);
        if (!file.boardsFile && file.schools.isEmpty() && file.problems.isEmpty() && file.otherMunicipalityRows > 0) {
            throw new InvalidFieldException(
                    "municipalityId",
                    "the file has no schools in municipality " + municipality.name + " (GEMEENTENUMMER " + number + ")",
                    "import_no_rows",
                    municipality.name,
                    number);
        }
        return new Parsed(kind, municipality, file.sector, filename, ImportPlan.organisations(municipality, file));
    }

    /** The file's own name without any folder, at most 120 characters; "upload.csv" when it has none. */
    static String filename(String name) {
        if (name == null || name.isBlank()) {
            return "upload.csv";
        }
        String base =
                name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return "upload.csv";
        }
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}
