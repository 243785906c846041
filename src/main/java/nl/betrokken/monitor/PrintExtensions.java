package nl.betrokken.monitor;

import io.quarkus.qute.TemplateExtension;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.betrokken.analysis.TypologyProfile;

/** The lines a printed report carries on every page. */
@TemplateExtension
public final class PrintExtensions {

    private PrintExtensions() {}

    /** Which groups show no figure: the parents' threshold of the wave, and each typology side's own. */
    static String thresholdNote(MonitorService.Report r) {
        Set<String> groups = new LinkedHashSet<>();
        if (r.results() != null) {
            groups.add(r.results().threshold() + " ouders");
        }
        for (TypologyProfile.Side side : r.typology().sides()) {
            groups.add(side.threshold() + " " + MonitorExtensions.members(side));
        }
        if (groups.isEmpty()) {
            return "Privacydrempel: van te kleine groepen staat geen cijfer in dit rapport.";
        }
        return "Privacydrempel: van groepen van minder dan " + String.join(" of ", groups)
                + " staat geen cijfer in dit rapport.";
    }
}
