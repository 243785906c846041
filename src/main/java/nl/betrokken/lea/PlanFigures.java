package nl.betrokken.lea;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import nl.betrokken.targets.TargetView;
import nl.betrokken.analysis.WaveResults;
import nl.betrokken.common.time.Dates;
import nl.betrokken.monitor.MonitorExtensions;
import nl.betrokken.monitor.MonitorService;

/**
 * The text the inventory section pulls in: what the latest screening agreed and where the monitor
 * stands, written out so the partners can edit it like the rest of the plan.
 */
@ApplicationScoped
public class PlanFigures {

    private final MonitorService monitor;
    private final ScreeningService screenings;

    public PlanFigures(MonitorService monitor, ScreeningService screenings) {
        this.monitor = monitor;
        this.screenings = screenings;
    }

    String summary(ActionPlan plan) {
        StringBuilder text = new StringBuilder("Stand van zaken op ").append(Dates.today().format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")))).append(":\n");
        LeaScreening screening = screening(plan);
        if (screening != null) {
            ScreeningView view = screenings.view(screening.id);
            text.append("\nScreening \"").append(screening.title).append("\"");
            if (screening.meetingDate != null) {
                text.append(", besproken op ").append(screening.meetingDate);
            }
            text.append(":\n");
            view.agreement().decisions().forEach(d -> text.append("- ").append(d.partner()).append(" ").append(d.text())
                    .append('\n'));
            view.themes().forEach(t -> text.append("- ").append(t.title()).append(": ").append(t.jointWorkWanted()
                    ? "partners zien kansen om samen op te trekken" : "geen partner vraagt om afstemming").append('\n'));
        }
        MonitorService.Dashboard dashboard = monitor.dashboard(plan.municipalityId, null, null, null);
        WaveResults results = dashboard.results();
        if (results != null) {
            text.append("\nCijfers uit de peiling \"").append(results.wave()).append("\" (").append(results.respondents())
                    .append(" ouders):\n");
            for (WaveResults.IndicatorResult indicator : results.indicators()) {
                text.append("- ").append(indicator.label()).append(": ").append(MonitorExtensions.text(indicator.overall(), results.threshold())).append('\n');
            }
        }
        List<TargetView> targets = dashboard.targets();
        if (!targets.isEmpty()) {
            text.append("\nDoelen in de monitor:\n");
            for (TargetView target : targets) {
                text.append("- ").append(target.name()).append(": ").append(MonitorExtensions.dutch(target.status()));
                if (target.latest() != null && target.latest().share() != null) {
                    text.append(", nu ").append(MonitorExtensions.percent(target.latest().share()));
                }
                text.append('\n');
            }
        }
        return text.toString().strip();
    }

    private static LeaScreening screening(ActionPlan plan) {
        if (plan.screeningId != null) {
            return LeaScreening.findById(plan.screeningId);
        }
        return LeaScreening.latestOf(plan.municipalityId).orElse(null);
    }

}
