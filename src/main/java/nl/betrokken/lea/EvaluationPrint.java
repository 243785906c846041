package nl.betrokken.lea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.organisations.Municipality;

/**
 * The yearly evaluation as it is printed: the same view, through the same checks, as the page, with
 * the date it was printed and the municipality's privacy thresholds for the line on every page.
 */
@ApplicationScoped
public class EvaluationPrint {

    /** What the print template shows: the evaluation, the date, and the note on the thresholds. */
    public record Printed(EvaluationView e, String printedOn, String thresholdNote) {}

    private final EvaluationService evaluations;
    private final LeaAccess access;

    public EvaluationPrint(EvaluationService evaluations, LeaAccess access) {
        this.evaluations = evaluations;
        this.access = access;
    }

    @Transactional
    public Printed printed(long planId, Integer year) {
        EvaluationView view = evaluations.evaluation(planId, year);
        Municipality municipality = Municipality.findById(access.plan(planId).municipalityId);
        String groups = municipality.parentThreshold == municipality.staffThreshold
                ? municipality.parentThreshold + " ouders of teamleden"
                : municipality.parentThreshold + " ouders of " + municipality.staffThreshold + " teamleden";
        return new Printed(
                view,
                StaffLanguage.date(Dates.today()),
                "Privacydrempel: van groepen van minder dan " + groups + " staat geen cijfer in deze evaluatie.");
    }
}
