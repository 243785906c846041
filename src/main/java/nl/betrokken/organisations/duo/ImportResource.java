package nl.betrokken.organisations.duo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Base64;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The imports on the API. The file travels base64-encoded inside a JSON body, as every unsafe API
 * request is JSON (see common/web/ApiRequestGuard). {@code dryRun=true} (the default) only
 * previews; {@code dryRun=false} imports in one transaction and answers what it did.
 */
@Path("/api/organisations/import")
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class ImportResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final DuoImportService imports;

    public ImportResource(DuoImportService imports) {
        this.imports = imports;
    }

    @POST
    @Operation(
            summary = "Import schools and boards from a DUO address file",
            description = "Keeps the rows of the municipality (by GEMEENTENUMMER, its CBS code without GM); boards"
                    + " by BEVOEGD GEZAG NUMMER, institutions by BRIN code. A boards file (Adressen bevoegde"
                    + " gezagen) renames the municipality's boards.")
    public ImportPreview organisations(
            @QueryParam("dryRun") String dryRun, @Valid @NotNull(message = BODY_REQUIRED) ImportRequest body) {
        return imports.importFile(ImportPreview.ORGANISATIONS, upload(body), dryRun(dryRun));
    }

    @POST
    @Path("/counts")
    @Operation(
            summary = "Import pupil, parent and staff counts per BRIN code",
            description = "A CSV with the header BRIN;LEERLINGEN;OUDERS;MEDEWERKERS; an empty cell keeps the count.")
    public ImportPreview counts(
            @QueryParam("dryRun") String dryRun, @Valid @NotNull(message = BODY_REQUIRED) ImportRequest body) {
        return imports.importFile(ImportPreview.COUNTS, upload(body), dryRun(dryRun));
    }

    private static ImportUpload upload(ImportRequest body) {
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(body.file());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("file", "must be the file's bytes in base64");
        }
        return new ImportUpload(body.municipalityId(), body.sector(), body.filename(), content);
    }

    /** true unless the query says false: a typo never imports. */
    private static boolean dryRun(String value) {
        if (value == null || value.isBlank() || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new InvalidFieldException("dryRun", "must be true or false");
    }
}
