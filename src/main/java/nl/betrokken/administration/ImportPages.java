package nl.betrokken.administration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.organisations.MunicipalityView;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.organisations.Sector;
import nl.betrokken.organisations.duo.DuoImportService;
import nl.betrokken.organisations.duo.ImportPreview;
import nl.betrokken.organisations.duo.ImportTemplate;
import nl.betrokken.organisations.duo.ImportUpload;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Importing schools and boards from DUO's address files, and the counts of pupils, parents and
 * staff per school: upload, preview (what is new, changed, unchanged, and the rows that cannot be
 * read), confirm. The file waits on the server between preview and confirmation.
 */
@Path("/app/admin/import")
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Produces(Html.UTF8)
public class ImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(
                List<MunicipalityView> municipalities, List<Sector> sectors, FormState state, String notice);

        static native TemplateInstance preview(ImportPreview preview, String notice);

        static native TemplateInstance result(ImportPreview result);
    }

    /** What was chosen on the upload form, and which field of which form the service refused. */
    public record FormState(String kind, Long municipalityId, String sector, String field, String error) {

        static final FormState EMPTY = new FormState(null, null, "auto", null, null);

        /** The error of this field on this form, or null. */
        public String errorFor(String form, String name) {
            return form.equals(kind) && name.equals(field) ? error : null;
        }

        /** The id of the refused field on the page, for the error summary's link. */
        public String anchor() {
            String input = switch (field == null ? "" : field) {
                case "file" -> "file";
                case "sector" -> "sector";
                default -> "municipality";
            };
            return kind + "-" + input;
        }

        public boolean chosen(String form, long id) {
            return form.equals(kind) && municipalityId != null && municipalityId == id;
        }
    }

    private final DuoImportService imports;
    private final OrganisationService organisations;

    public ImportPages(DuoImportService imports, OrganisationService organisations) {
        this.imports = imports;
        this.organisations = organisations;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance form() {
        return form(FormState.EMPTY, null);
    }

    /** The counts template: the header and two example rows. */
    @GET
    @Path("/template")
    @Produces("text/csv;charset=UTF-8")
    @Operation(hidden = true)
    public Response template() {
        return Response.ok(ImportTemplate.COUNTS)
                .header("Content-Disposition", "attachment; filename=\"aantallen-per-school.csv\"")
                .build();
    }

    @POST
    @Path("/organisations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response organisations(
            @RestForm String municipalityId, @RestForm String sector, @RestForm("file") FileUpload file) {
        return preview(ImportPreview.ORGANISATIONS, municipalityId, sector, file);
    }

    @POST
    @Path("/counts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response counts(@RestForm String municipalityId, @RestForm("file") FileUpload file) {
        return preview(ImportPreview.COUNTS, municipalityId, null, file);
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response confirm(@PathParam("id") String id) {
        try {
            ImportPreview outcome = imports.confirm(id);
            if (!outcome.applied()) {
                return Response.status(409)
                        .entity(Templates.preview(outcome, "changed"))
                        .build();
            }
            return Response.ok(Templates.result(outcome)).build();
        } catch (NotFoundException e) {
            return Response.status(404)
                    .entity(form(FormState.EMPTY, StaffTexts.of("import_expired")))
                    .build();
        } catch (ConflictException e) {
            return Response.status(409)
                    .entity(form(FormState.EMPTY, StaffTexts.of(e)))
                    .build();
        } catch (InvalidFieldException e) {
            // the kept file no longer fits (the municipality lost its CBS code, say): say why, upload again
            return Response.status(400)
                    .entity(form(FormState.EMPTY, StaffTexts.of(e)))
                    .build();
        }
    }

    private Response preview(String kind, String municipalityId, String sector, FileUpload file) {
        Long municipality = parseId(municipalityId);
        String chosenSector = sector == null || sector.isBlank() ? "auto" : sector;
        try {
            if (municipality == null) {
                throw new InvalidFieldException("municipalityId", "is required", "import_municipality_required");
            }
            ImportPreview preview =
                    imports.preview(kind, new ImportUpload(municipality, chosenSector, name(file), bytes(file)));
            return Response.ok(Templates.preview(preview, null)).build();
        } catch (InvalidFieldException e) {
            return refused(new FormState(kind, municipality, chosenSector, e.field(), StaffTexts.of(e)));
        } catch (NotFoundException e) {
            return refused(new FormState(
                    kind, municipality, chosenSector, "municipalityId", StaffTexts.of("import_municipality_unknown")));
        }
    }

    private Response refused(FormState state) {
        return Response.status(400).entity(form(state, null)).build();
    }

    private TemplateInstance form(FormState state, String notice) {
        return Templates.form(organisations.municipalities(), List.of(Sector.values()), state, notice);
    }

    private static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String name(FileUpload file) {
        return file == null ? null : file.fileName();
    }

    /** The uploaded bytes; none when no file was chosen (a browser then sends an empty part). */
    private static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        if (file.size() > DuoImportService.MAX_FILE_BYTES) {
            int mb = DuoImportService.MAX_FILE_BYTES / (1024 * 1024);
            throw new InvalidFieldException("file", "is larger than " + mb + " MB", "import_file_too_large", mb);
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
