package nl.betrokken.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.common.web.Html;
import nl.betrokken.security.SecurityConfig;
import nl.betrokken.waves.PublicUrl;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The accessibility statement (toegankelijkheidsverklaring) in the Dutch government's format, linked
 * from the footer of every page and readable without logging in. It is in Dutch, as the format is; a
 * parent who follows the footer link from the answering pages in another language ({@code ?lang=})
 * gets one line in that language above it.
 */
@Path("/toegankelijkheid")
@PermitAll
@Produces(Html.UTF8)
public class AccessibilityStatement {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statement(Statement s);
    }

    /** What is not fixed text: who publishes it, for which address, whom to write, and the summary's language. */
    public record Statement(
            String organisation,
            String website,
            String contactEmail,
            long staffIdleMinutes,
            long staffSessionHours,
            String summaryLang,
            boolean summaryRtl) {}

    private final AccessibilityConfig config;
    private final PublicUrl publicUrl;
    private final SecurityConfig security;

    public AccessibilityStatement(AccessibilityConfig config, PublicUrl publicUrl, SecurityConfig security) {
        this.config = config;
        this.publicUrl = publicUrl;
        this.security = security;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance statement(@QueryParam("lang") String lang, @Context UriInfo uri) {
        SupportedLanguage summary = SupportedLanguage.byCode(lang)
                .filter(l -> !l.code().equals(SupportedLanguage.DEFAULT))
                .orElse(null);
        Statement s = new Statement(
                config.organisation(),
                publicUrl.of("", uri),
                config.contactEmail().orElse(null),
                security.sessionInactivity().toMinutes(),
                security.sessionLifetime().toHours(),
                summary == null ? null : summary.code(),
                summary != null && summary.rightToLeft());
        TemplateInstance page = Templates.statement(s);
        // the page has one text from the parents' message bundle, the summary: the locale picks its language
        return summary == null ? page : page.setLocale(Locale.forLanguageTag(summary.code()));
    }
}
