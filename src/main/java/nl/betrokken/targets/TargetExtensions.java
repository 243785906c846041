package nl.betrokken.targets;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a target's status reads, on the monitor and in the LEA plan and evaluation alike. */
@TemplateExtension
public final class TargetExtensions {

    private TargetExtensions() {}

    public static String dutch(TargetView.Status status) {
        return switch (status) {
            case MET -> "gehaald";
            case NOT_MET -> "niet gehaald";
            case UNDETERMINED -> "nog niet te zeggen";
            case UNREPRESENTATIVE -> "nog niet te zeggen: te weinig antwoorden om representatief te zijn";
            case TOO_FEW_RESPONSES -> "te weinig respons";
            case NOT_SHOWN -> "niet getoond buiten uw organisatie";
        };
    }

    /** The threshold as the analyst typed it: "90 %", "87,5 %". */
    static String thresholdText(TargetView target) {
        return percentNumber(target.threshold()) + " %";
    }

    /** A fraction as a Dutch percentage number with at most two decimals: 0.875 is "87,5". */
    static String percentNumber(double fraction) {
        return BigDecimal.valueOf(fraction * 100)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }

    /** Whom a target is about: one school, a sector, or the whole municipality. */
    static String scopeText(TargetView target) {
        if (target.institutionName() != null) {
            return target.institutionName();
        }
        return target.sector() != null ? target.sector().dutchName() : "De hele gemeente";
    }

    static String css(TargetView.Status status) {
        return "status-" + status.code();
    }
}
