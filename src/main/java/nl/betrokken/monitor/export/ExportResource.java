package nl.betrokken.monitor.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Downloads of a wave: the rows of answers (long or wide CSV, streamed) with the SPSS syntax and R script that read the wide one, for
 * the data controller of a closed wave only; the codebook; and the aggregated tables as XLSX,
 * built through disclosure control like every figure on screen.
 */
@Path("/api/exports/waves/{id}")
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Tag(name = "Exports", description = "Responses, codebook, SPSS syntax, R script and aggregated tables of a wave")
public class ExportResource {

    private static final String CSV = "text/csv;charset=UTF-8";

    private final ExportService exports;
    private final AggregateWorkbook workbook;

    public ExportResource(ExportService exports, AggregateWorkbook workbook) {
        this.exports = exports;
        this.workbook = workbook;
    }

    @GET
    @Path("/responses.csv")
    @Produces(CSV)
    @Operation(
            summary =
                    "Rows of answers of a closed wave, for the municipality's analysts and administrators: layout=wide"
                            + " (one row per response, answers as codes) or long (one row per answer); 404 for other roles")
    public Response responses(@PathParam("id") long id, @QueryParam("layout") String layout) {
        boolean wide = layout == null || layout.isBlank() || "wide".equals(layout);
        if (!wide && !"long".equals(layout)) {
            throw new InvalidFieldException("layout", "must be wide or long");
        }
        ExportService.Microdata data = exports.microdata(id, wide ? "responses (wide)" : "responses (long)");
        StreamingOutput body = out -> {
            if (wide) {
                exports.wide(data, out);
            } else {
                exports.longFormat(data, out);
            }
        };
        return attachment(body, wide ? ResearchScripts.wideCsv(id) : "wave-" + id + "-responses-long.csv", CSV);
    }

    @GET
    @Path("/codebook.csv")
    @Produces(CSV)
    public Response codebook(@PathParam("id") long id) {
        ExportService.Plan plan = exports.plan(id, "codebook");
        return attachment(out -> exports.codebook(plan, out), "wave-" + id + "-codebook.csv", CSV);
    }

    @GET
    @Path("/labels.sps")
    @Produces("text/plain;charset=UTF-8")
    @Operation(
            summary = "SPSS syntax (also GNU PSPP) that reads the wide CSV as downloaded from its own folder, labels"
                    + " variables and values, makes don't know missing and saves a .sav; 404 for other roles")
    public Response spss(@PathParam("id") long id) {
        ExportService.Microdata data = exports.microdata(id, "SPSS syntax");
        return attachment(out -> exports.spss(data, out), ResearchScripts.spssFile(id), "text/plain;charset=UTF-8");
    }

    @GET
    @Path("/labels.R")
    @Produces("text/plain;charset=UTF-8")
    @Operation(
            summary = "R script (base R) that reads the wide CSV as downloaded from the working directory, with coded"
                    + " answers as labelled factors and don't know as NA; 404 for other roles")
    public Response r(@PathParam("id") long id) {
        ExportService.Microdata data = exports.microdata(id, "R script");
        return attachment(out -> exports.r(data, out), ResearchScripts.rFile(id), "text/plain;charset=UTF-8");
    }

    @GET
    @Path("/aggregates.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response aggregates(@PathParam("id") long id) {
        exports.record(id, "aggregated tables");
        AggregateWorkbook.Tables tables = workbook.tables(id);
        return attachment(
                out -> workbook.write(tables, out),
                "wave-" + id + "-aggregates.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static Response attachment(StreamingOutput body, String file, String type) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }
}
