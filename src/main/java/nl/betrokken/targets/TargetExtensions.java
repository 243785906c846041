package nl.betrokken.targets;

import io.quarkus.qute.TemplateExtension;

/** How a target's status reads, on the monitor and in the LEA plan and evaluation alike. */
@TemplateExtension
public final class TargetExtensions {

    private TargetExtensions() {}

    public static String dutch(TargetView.Status status) {
        return switch (status) {
            case MET -> "gehaald";
            case NOT_MET -> "niet gehaald";
            case UNDETERMINED -> "nog niet te zeggen";
            case TOO_FEW_RESPONSES -> "te weinig respons";
            case NOT_SHOWN -> "niet getoond buiten uw organisatie";
        };
    }

    static String css(TargetView.Status status) {
        return "status-" + status.code();
    }
}
