package nl.betrokken.organisations.duo;

import java.util.List;

/**
 * What an import does (a preview) or did ({@code applied}): the boards and institutions it
 * creates, changes and leaves alone, the rows it cannot read, and how many rows were about other
 * municipalities. {@code id} names the stored file a page confirms; the API's previews have none.
 */
public record ImportPreview(
        String id,
        String kind,
        long municipalityId,
        String municipality,
        String sector,
        String filename,
        boolean applied,
        List<ImportItem> created,
        List<ImportItem> changed,
        List<ImportItem> unchanged,
        List<ImportProblem> errors,
        int otherMunicipalityRows) {

    /** An import of schools and boards from a DUO address file. */
    public static final String ORGANISATIONS = "organisations";

    /** An import of pupil, parent and staff counts per BRIN code. */
    public static final String COUNTS = "counts";

    ImportPreview withId(String newId, boolean nowApplied) {
        return new ImportPreview(
                newId,
                kind,
                municipalityId,
                municipality,
                sector,
                filename,
                nowApplied,
                created,
                changed,
                unchanged,
                errors,
                otherMunicipalityRows);
    }

    /** The one-line summary the audit log and the result page give. */
    public String summary() {
        return created.size() + " new, " + changed.size() + " changed, " + unchanged.size() + " unchanged, "
                + errors.size() + " unreadable rows";
    }
}
