package nl.betrokken.security;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import nl.betrokken.common.i18n.StaffLanguage;

/** How API tokens read on the account page. */
@TemplateExtension
final class ApiTokenExtensions {

    private ApiTokenExtensions() {}

    static String tokenDate(OffsetDateTime time) {
        return StaffLanguage.date(time);
    }

    static String statusText(ApiTokenView token) {
        return token.revoked() ? "ingetrokken" : token.usable() ? "in gebruik" : "verlopen";
    }
}
