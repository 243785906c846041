package nl.betrokken.administration;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;

/** How the settings page writes fractions: 0.95 as "95 %". */
@TemplateExtension
public final class SettingsExtensions {

    private SettingsExtensions() {}

    static String percentOf(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    static String percentText(String fraction) {
        return percentOf(new BigDecimal(fraction));
    }
}
