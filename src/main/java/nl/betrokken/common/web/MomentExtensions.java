package nl.betrokken.common.web;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import nl.betrokken.common.i18n.StaffLanguage;

/** Moments on the staff pages, in the staff's language and the Dutch time zone. */
@TemplateExtension
public class MomentExtensions {

    private MomentExtensions() {}

    /** "3 december 2026 14:05", or "nog nooit" for a moment that has not happened (a first login, say). */
    static String moment(OffsetDateTime moment) {
        return moment == null ? "nog nooit" : StaffLanguage.moment(moment);
    }

    static String day(OffsetDateTime moment) {
        return moment == null ? "–" : StaffLanguage.date(moment);
    }
}
