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
 * Downloads of a wave: the rows of answers (long or wide CSV, streamed) with their SPSS labels, for
 * the data controller of a closed wave only; the codebook; and the aggregated tables as XLSX,
 * built through disclosure control like every figure on screen.
 */
@Path("/api/exports/waves/{id}")
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Tag(name = "Exports", description = "Responses, codebook, SPSS labels and aggregated tables of a wave")
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
        return attachment(body, "wave-" + id + "-responses-" + (wide ? "wide" : "long") + ".csv", CSV);
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
    @Operation(summary = "SPSS syntax with variable and value labels for the wide CSV")
    public Response spss(@PathParam("id") long id) {
        ExportService.Microdata data = exports.microdata(id, "SPSS labels");
        return attachment(out -> exports.spss(data, out), "wave-" + id + "-labels.sps", "text/plain;charset=UTF-8");
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
