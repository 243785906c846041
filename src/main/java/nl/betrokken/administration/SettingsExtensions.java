package nl.betrokken.administration;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import nl.betrokken.organisations.InstitutionView;
import nl.betrokken.organisations.OrganisationService;

/** How the settings page writes fractions: 0.95 as "95 %". */
@TemplateExtension
public final class SettingsExtensions {

    private SettingsExtensions() {}

    static String percentOf(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    /** Where a school's numbers come from: typed in by hand, or the file they were imported from. */
    static String populationSourceText(InstitutionView institution) {
        String source = institution.populationSource();
        if (source == null) {
            return "–";
        }
        return OrganisationService.HAND.equals(source) ? "ingevuld" : source.replaceFirst("^import ", "import van ");
    }

    /** What an empty minimum response rate means: the default of the service. */
    static String emptyMeans(BigDecimal defaultFraction) {
        return "Een heel percentage van 1 tot en met 100. Leeg: " + percentOf(defaultFraction) + ", de standaard.";
    }

    static String percentText(String fraction) {
        return percentOf(new BigDecimal(fraction));
    }
}
