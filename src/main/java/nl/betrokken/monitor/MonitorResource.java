package nl.betrokken.monitor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.betrokken.analysis.ChannelReport;
import nl.betrokken.common.database.replica.ReadsOnly;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.pdf.PdfRenderer;
import nl.betrokken.common.time.Dates;
import nl.betrokken.common.web.Html;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import nl.betrokken.targets.DecisionService;
import nl.betrokken.targets.Decisions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The monitor: the municipality dashboard, the board's side-by-side view, and the institution report. */
@Path("/monitor")
@Produces(Html.UTF8)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
public class MonitorResource {

    @CheckedTemplate
    static class Templates {
        /** A remembered page in the layout: the title and the content of the dashboard, board view or report. */
        static native TemplateInstance shown(ShownPages.Shown page);

        static native TemplateInstance dashboardContent(MonitorService.Dashboard d);

        static native TemplateInstance boardContent(MonitorService.BoardPage b);

        static native TemplateInstance institutions(MonitorService.InstitutionsPage p);

        static native TemplateInstance reportContent(MonitorService.Report r);

        static native TemplateInstance channels(ChannelReport c);

        static native TemplateInstance decisions(Decisions d, List<String> changes);

        static native TemplateInstance reportPdf(MonitorService.Report r, String printedOn);
    }

    /** The changes a follow-up wave may be planned for, as fractions; others through the API. */
    static final List<String> CHANGES = List.of("0.03", "0.05", "0.1");

    private final MonitorService monitor;
    private final ShownPages shown;
    private final DecisionService decisions;
    private final CurrentUser currentUser;
    private final PdfRenderer pdf;

    public MonitorResource(
            MonitorService monitor,
            ShownPages shown,
            DecisionService decisions,
            CurrentUser currentUser,
            PdfRenderer pdf) {
        this.monitor = monitor;
        this.shown = shown;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.pdf = pdf;
    }

    /** Each role's own starting point. */
    @GET
    @Operation(hidden = true)
    public Response home() {
        AuthenticatedUser user = currentUser.require();
        String target = switch (user.role()) {
            case ADMINISTRATOR -> "/app";
            case MUNICIPALITY_ANALYST -> "/monitor/municipalities/" + user.municipalityId();
            case BOARD_MEMBER -> "/monitor/boards/" + user.boardId();
            case INSTITUTION_LEAD -> "/monitor/institutions/" + user.institutionId();
        };
        return Response.seeOther(URI.create(target)).build();
    }

    @GET
    @ReadsOnly
    @Path("/municipalities/{id}")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(hidden = true)
    public TemplateInstance dashboard(
            @PathParam("id") long id,
            @QueryParam("wave") Long wave,
            @QueryParam("sector") String sector,
            @QueryParam("board") Long board) {
        return Templates.shown(shown.dashboard(id, wave, sector, board));
    }

    /** The answers per institution of a questionnaire institutions fill in about themselves. */
    @GET
    @ReadsOnly
    @Path("/waves/{id}/institutions")
    @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD})
    @Operation(hidden = true)
    public TemplateInstance institutions(
            @PathParam("id") long id, @QueryParam("sector") String sector, @QueryParam("board") Long board) {
        return Templates.institutions(monitor.institutions(id, sector, board));
    }

    /** Who each channel reached, and answers with help or on paper beside those given alone. */
    @GET
    @ReadsOnly
    @Path("/waves/{id}/channels")
    @Operation(hidden = true)
    public TemplateInstance channels(
            @PathParam("id") long id, @QueryParam("sector") String sector, @QueryParam("board") Long board) {
        return Templates.channels(monitor.channels(id, sector, board));
    }

    @GET
    @ReadsOnly
    @Path("/waves/{id}/decisions")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(hidden = true)
    public TemplateInstance decisions(@PathParam("id") long id, @QueryParam("change") String change) {
        return Templates.decisions(decisions.of(id, change), CHANGES);
    }

    @GET
    @ReadsOnly
    @Path("/boards/{id}")
    @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD})
    @Operation(hidden = true)
    public TemplateInstance board(@PathParam("id") long id, @QueryParam("wave") Long wave) {
        return Templates.shown(shown.board(id, wave));
    }

    @GET
    @ReadsOnly
    @Path("/institutions/{id}")
    @Operation(hidden = true)
    public TemplateInstance report(@PathParam("id") long id, @QueryParam("wave") Long wave) {
        return Templates.shown(shown.report(id, wave));
    }

    /** The institution report as a PDF for print: the same figures, through the same checks, as the page. */
    @GET
    @ReadsOnly
    @Path("/institutions/{id}/report.pdf")
    @Produces(PdfRenderer.TYPE)
    @Operation(hidden = true)
    public Response reportPdf(@PathParam("id") long id, @QueryParam("wave") Long wave) {
        MonitorService.Report report = monitor.report(id, wave);
        byte[] document = pdf.render(
                Templates.reportPdf(report, StaffLanguage.date(Dates.today())).render());
        return Response.ok(document, PdfRenderer.TYPE)
                .header("Content-Disposition", "attachment; filename=\"rapport-" + id + ".pdf\"")
                .build();
    }
}
