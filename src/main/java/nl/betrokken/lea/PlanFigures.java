package nl.betrokken.lea;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.betrokken.analysis.AnalysisService;
import nl.betrokken.analysis.FigureTexts;
import nl.betrokken.analysis.WaveResults;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.targets.TargetExtensions;
import nl.betrokken.targets.TargetService;
import nl.betrokken.targets.TargetView;

/**
 * The text the inventory section pulls in: what the latest screening agreed and where the monitor
 * stands, written out so the partners can edit it like the rest of the plan.
 */
@ApplicationScoped
public class PlanFigures {

    private final AnalysisService analysis;
    private final TargetService targets;
    private final ScreeningService screenings;

    public PlanFigures(AnalysisService analysis, TargetService targets, ScreeningService screenings) {
        this.analysis = analysis;
        this.targets = targets;
        this.screenings = screenings;
    }

    String summary(ActionPlan plan) {
        StringBuilder text = new StringBuilder("Stand van zaken op ")
                .append(StaffLanguage.date(Dates.today()))
                .append(":\n");
        LeaScreening screening = screening(plan);
        if (screening != null) {
            ScreeningView view = screenings.view(screening.id);
            text.append("\nScreening \"").append(screening.title).append("\"");
            if (screening.meetingDate != null) {
                text.append(", besproken op ").append(screening.meetingDate);
            }
            text.append(":\n");
            view.agreement()
                    .decisions()
                    .forEach(d -> text.append("- ")
                            .append(d.partner())
                            .append(" ")
                            .append(d.text())
                            .append('\n'));
            view.themes()
                    .forEach(t -> text.append("- ")
                            .append(t.title())
                            .append(": ")
                            .append(
                                    t.jointWorkWanted()
                                            ? "partners zien kansen om samen op te trekken"
                                            : "geen partner vraagt om afstemming")
                            .append('\n'));
        }
        WaveResults results = analysis.latest(plan.municipalityId).orElse(null);
        if (results != null) {
            text.append("\nCijfers uit de peiling \"")
                    .append(results.wave())
                    .append("\" (")
                    .append(results.respondents())
                    .append(" ouders):\n");
            for (WaveResults.IndicatorResult indicator : results.indicators()) {
                text.append("- ")
                        .append(indicator.label())
                        .append(": ")
                        .append(FigureTexts.text(indicator.overall(), results.threshold()))
                        .append('\n');
            }
        }
        List<TargetView> municipalTargets = targets.ofMunicipality(plan.municipalityId);
        if (!municipalTargets.isEmpty()) {
            text.append("\nDoelen in de monitor:\n");
            for (TargetView target : municipalTargets) {
                text.append("- ").append(target.name()).append(": ").append(TargetExtensions.dutch(target.status()));
                if (target.latest() != null && target.latest().share() != null) {
                    text.append(", nu ")
                            .append(FigureTexts.percent(target.latest().share()));
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
