package nl.betrokken.administration;

import io.quarkus.qute.TemplateExtension;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.organisations.Sector;
import nl.betrokken.organisations.duo.ImportChange;
import nl.betrokken.organisations.duo.ImportItem;
import nl.betrokken.organisations.duo.ImportPreview;
import nl.betrokken.organisations.duo.ImportProblem;

/** How an import's preview reads on the Dutch import pages. */
@TemplateExtension
final class ImportExtensions {

    private ImportExtensions() {}

    static String typeText(ImportItem item) {
        return ImportItem.BOARD.equals(item.type()) ? "Bestuur" : "School";
    }

    static String fieldText(ImportChange change) {
        return switch (change.field()) {
            case "name" -> "Naam";
            case "boardNumber" -> "Bestuursnummer";
            case "brinCode" -> "BRIN-code";
            case "sector" -> "Sector";
            case "board" -> "Bestuur";
            case "pupilCount" -> "Leerlingen";
            case "parentCount" -> "Ouders";
            case "staffCount" -> "Medewerkers";
            default -> change.field();
        };
    }

    static String fromText(ImportChange change) {
        return value(change, change.from());
    }

    static String toText(ImportChange change) {
        return value(change, change.to());
    }

    private static String value(ImportChange change, String value) {
        if (value == null) {
            return "(leeg)";
        }
        return "sector".equals(change.field()) ? Sector.dutchName(value) : value;
    }

    /** The Dutch text of a row the import cannot read. */
    static String text(ImportProblem problem) {
        return StaffTexts.of(problem.key(), problem.arguments().toArray());
    }

    static String kindText(ImportPreview preview) {
        return ImportPreview.COUNTS.equals(preview.kind())
                ? "aantallen leerlingen, ouders en medewerkers"
                : "scholen en besturen";
    }

    static String sectorText(ImportPreview preview) {
        return preview.sector() == null ? null : Sector.dutchName(preview.sector());
    }

    /** Whether confirming would write anything. */
    static boolean hasWork(ImportPreview preview) {
        return !preview.created().isEmpty() || !preview.changed().isEmpty();
    }

    /** "3 nieuw, 1 gewijzigd, 10 ongewijzigd, 2 regels niet te lezen". */
    static String summaryText(ImportPreview preview) {
        int errors = preview.errors().size();
        return preview.created().size() + " nieuw, " + preview.changed().size() + " gewijzigd, "
                + preview.unchanged().size() + " ongewijzigd, " + errors + (errors == 1 ? " regel" : " regels")
                + " niet te lezen";
    }
}
