package nl.betrokken.disclosure;

import java.time.Duration;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.organisations.Municipality;

/**
 * A municipality's disclosure rules: the smallest group of parents, and of staff, whose answers may
 * be shown as a figure; the smallest institution whose name may stand on rows of raw answers; and
 * how many institutions beyond their own an aggregate must hold before a board or lead sees it.
 */
public record Rules(
        int parentThreshold,
        int staffThreshold,
        int microdataThreshold,
        int institutionsBeyondScope,
        Duration publishEvery) {

    public static Rules of(Municipality municipality, DisclosureConfig config) {
        return new Rules(
                municipality.parentThreshold,
                municipality.staffThreshold,
                municipality.microdataThreshold,
                config.institutionsBeyondScope(),
                municipality.publishEveryHours == null
                        ? config.publishEvery()
                        : Duration.ofHours(municipality.publishEveryHours));
    }

    /** The threshold for figures of a questionnaire: staff have their own, everyone else the parents' one. */
    public int threshold(Audience audience) {
        return audience == Audience.STAFF ? staffThreshold : parentThreshold;
    }

    /** The smallest number of one institution's responses that lets its name stand on raw rows. */
    public int microdataThreshold(Audience audience) {
        return Math.max(microdataThreshold, threshold(audience));
    }
}
