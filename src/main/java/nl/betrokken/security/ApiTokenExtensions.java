package nl.betrokken.security;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import nl.betrokken.common.time.Dates;

/** How API tokens read on the account page. */
@TemplateExtension
final class ApiTokenExtensions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private ApiTokenExtensions() {
    }

    static String tokenDate(OffsetDateTime time) {
        return time.atZoneSameInstant(Dates.ZONE).format(DATE);
    }

    static String statusText(ApiTokenView token) {
        return token.revoked() ? "ingetrokken" : token.usable() ? "in gebruik" : "verlopen";
    }
}
