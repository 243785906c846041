package nl.betrokken.administration;

import io.quarkus.qute.TemplateExtension;
import nl.betrokken.analysis.PopulationMargin;

/** The field names of the make-up page: one form per question, a field per answer. */
@TemplateExtension
public final class PopulationExtensions {

    private PopulationExtensions() {}

    static String shareField(PopulationMargin margin, PopulationMargin.Share share) {
        return "share-" + margin.itemKey() + "-" + share.answer();
    }

    static String sourceField(PopulationMargin margin) {
        return "source-" + margin.itemKey();
    }

    /** The field name of one of the margin's answers, for the template. */
    static String field(PopulationMargin.Share share, PopulationMargin margin) {
        return shareField(margin, share);
    }
}
