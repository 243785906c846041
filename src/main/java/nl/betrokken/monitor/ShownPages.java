package nl.betrokken.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import nl.betrokken.organisations.Scope;
import nl.betrokken.security.CurrentUser;

/**
 * The dashboard, the board view and the school report as they are shown: the page's title and its content, rendered,
 * kept in the {@link ViewMemory} for everyone who sees the same organisations. Rendering a dashboard costs about as much
 * CPU as computing its figures, so both are kept; only the layout around it (the user's own navigation) is drawn for
 * each request. What may be seen is checked before a page is looked up.
 */
@ApplicationScoped
public class ShownPages {

    /** A page's title and its content, as HTML. */
    public record Shown(String title, String html) {}

    private final MonitorService monitor;
    private final ViewMemory memory;
    private final Scope scope;
    private final CurrentUser currentUser;

    public ShownPages(MonitorService monitor, ViewMemory memory, Scope scope, CurrentUser currentUser) {
        this.monitor = monitor;
        this.memory = memory;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    public Shown dashboard(long municipalityId, Long waveId, String sector, Long boardId) {
        scope.municipality(municipalityId);
        return memory.page(
                "dashboard", currentUser.require(), Arrays.asList(municipalityId, waveId, sector, boardId), () -> {
                    MonitorService.Dashboard d = monitor.dashboard(municipalityId, waveId, sector, boardId);
                    return new Shown(
                            "Monitor " + d.municipality().name,
                            MonitorResource.Templates.dashboardContent(d).render());
                });
    }

    public Shown board(long boardId, Long waveId) {
        scope.board(boardId);
        return memory.page("board", currentUser.require(), Arrays.asList(boardId, waveId), () -> {
            MonitorService.BoardPage b = monitor.board(boardId, waveId);
            return new Shown(
                    b.board().name, MonitorResource.Templates.boardContent(b).render());
        });
    }

    public Shown report(long institutionId, Long waveId) {
        scope.institution(institutionId);
        return memory.page("report", currentUser.require(), Arrays.asList(institutionId, waveId), () -> {
            MonitorService.Report r = monitor.report(institutionId, waveId);
            return new Shown(
                    "Rapport " + r.institution().name,
                    MonitorResource.Templates.reportContent(r).render());
        });
    }
}
