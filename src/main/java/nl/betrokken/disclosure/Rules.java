package nl.betrokken.disclosure;

import java.time.Duration;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.organisations.Municipality;

/**
 * A municipality's disclosure rules: the smallest group of parents, and of staff, whose answers may
 * be shown as a figure; the smallest institution whose name may stand on rows of raw answers; and
 * how many institutions beyond their own an aggregate must hold before a board or lead sees it; and
 * from how many schools a spread of schools' figures may be read.
 *
 * <p>Questionnaires an organisation answers about itself (the institution baseline, the LEA partners'
 * screening) have no threshold: "we have a written parent policy" is a fact about a school, not about
 * a person, and the municipality needs it per school to know where things stand. What a person wrote
 * in their own words in such a questionnaire is never a figure; it reaches only the municipality, in
 * the rows of answers of a closed wave.
 */
public record Rules(
        int parentThreshold,
        int staffThreshold,
        int microdataThreshold,
        int institutionsBeyondScope,
        Duration publishEvery,
        int schoolsForSpread) {

    public static Rules of(Municipality municipality, DisclosureConfig config) {
        return new Rules(
                municipality.parentThreshold,
                municipality.staffThreshold,
                municipality.microdataThreshold,
                config.institutionsBeyondScope(),
                municipality.publishEveryHours == null
                        ? config.publishEvery()
                        : Duration.ofHours(municipality.publishEveryHours),
                config.schoolsForSpread());
    }

    /** The threshold for figures of a questionnaire: staff have their own, parents theirs, organisations none. */
    public int threshold(Audience audience) {
        return switch (audience) {
            case STAFF -> staffThreshold;
            case PARENT -> parentThreshold;
            case INSTITUTION, LEA_PARTNER -> 1;
        };
    }

    /** Whether the answers describe the organisation that gave them, and are shown per organisation. */
    public static boolean aboutOrganisations(Audience audience) {
        return audience == Audience.INSTITUTION || audience == Audience.LEA_PARTNER;
    }

    /** The smallest number of one institution's responses that lets its name stand on raw rows. */
    public int microdataThreshold(Audience audience) {
        return aboutOrganisations(audience) ? 1 : Math.max(microdataThreshold, threshold(audience));
    }
}
