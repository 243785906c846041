package nl.betrokken.waves;

import io.quarkus.qute.TemplateExtension;

/** How waves read on the Dutch staff pages. */
@TemplateExtension
final class WaveExtensions {

    private WaveExtensions() {
    }

    static String dutchName(WaveStatus status) {
        return switch (status) {
            case NOT_YET_OPEN -> "nog niet open";
            case OPEN -> "open";
            case CLOSED -> "gesloten";
        };
    }

    /** "38 %", or a dash when the number of parents is not known. */
    static String responseRatePercent(WaveView.InstitutionRow row) {
        return row.responseRate() == null ? "–" : Math.round(row.responseRate() * 100) + " %";
    }
}
