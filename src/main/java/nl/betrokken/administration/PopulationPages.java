package nl.betrokken.administration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.analysis.PopulationMargin;
import nl.betrokken.analysis.PopulationMargins;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The make-up of all the municipality's parents per background question, entered as percentages with
 * their source: one form per question, so a mistake in one never loses what was typed in another.
 */
@Path("/app/admin/settings/{municipalityId}/population")
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Produces(Html.UTF8)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PopulationPages {

    /** {@code editing}: the question whose form holds what was typed and its errors; the others show what is stored. */
    public record Page(long municipalityId, String municipality, List<PopulationMargin> margins, String editing) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance population(Page page, StaffForm form, String notice);
    }

    private final PopulationMargins margins;
    private final Scope scope;

    public PopulationPages(PopulationMargins margins, Scope scope) {
        this.margins = margins;
        this.scope = scope;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("municipalityId") long municipalityId, @QueryParam("saved") String saved) {
        Page page = page(municipalityId, null);
        String notice = saved == null
                ? null
                : page.margins().stream()
                        .filter(m -> m.itemKey().equals(saved))
                        .findFirst()
                        .map(m -> "De samenstelling voor '" + m.question() + "' is opgeslagen.")
                        .orElse(null);
        return Templates.population(page, stored(page), notice);
    }

    private Page page(long municipalityId, String editing) {
        Municipality municipality = scope.municipality(municipalityId);
        return new Page(municipalityId, municipality.name, margins.list(municipalityId), editing);
    }

    /** Every stored share as a whole or decimal percentage ("23" or "12,5"), with its source. */
    private static StaffForm stored(Page page) {
        StaffForm form = StaffForm.empty();
        for (PopulationMargin margin : page.margins()) {
            for (PopulationMargin.Share share : margin.shares()) {
                if (share.share() != null) {
                    form.set(
                            PopulationExtensions.shareField(margin, share),
                            share.share()
                                    .movePointRight(2)
                                    .stripTrailingZeros()
                                    .toPlainString()
                                    .replace('.', ','));
                }
            }
            form.set(PopulationExtensions.sourceField(margin), margin.source());
        }
        return form;
    }

    @POST
    @Path("/{item}")
    @Operation(hidden = true)
    public Response save(
            @PathParam("municipalityId") long municipalityId,
            @PathParam("item") String item,
            @FormParam("answer") List<String> answers,
            @FormParam("share") List<String> typedShares,
            @FormParam("source") String source) {
        Page page = page(municipalityId, item);
        PopulationMargin margin = page.margins().stream()
                .filter(m -> m.itemKey().equals(item))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("item", "not a background question", "margin_item"));
        // the other questions keep what is stored; this one what was typed
        StaffForm form = stored(page);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (PopulationMargin.Share share : margin.shares()) {
            String field = PopulationExtensions.shareField(margin, share);
            int at = answers == null ? -1 : answers.indexOf(share.answer());
            String typed = at < 0 || typedShares == null || at >= typedShares.size() ? null : typedShares.get(at);
            form.set(field, typed);
            BigDecimal percent = percent(typed);
            if (percent == null) {
                form.error(field, StaffTexts.of("margin_percent", share.label()));
            } else {
                shares.put(share.answer(), percent.movePointLeft(2));
            }
        }
        String sourceField = PopulationExtensions.sourceField(margin);
        form.set(sourceField, source);
        form.alias("source", sourceField).alias("shares", sourceField);
        for (PopulationMargin.Share share : margin.shares()) {
            form.alias("shares." + share.answer(), PopulationExtensions.shareField(margin, share));
        }
        if (!form.hasErrors()) {
            try {
                margins.save(municipalityId, item, shares, source);
                return Html.seeOther("/app/admin/settings/" + municipalityId + "/population?saved=" + item);
            } catch (InvalidFieldException e) {
                form.refused(e);
            }
        }
        return Html.badRequest(Templates.population(page, form, null));
    }

    @POST
    @Path("/{item}/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("municipalityId") long municipalityId, @PathParam("item") String item) {
        margins.delete(municipalityId, item);
        return Html.seeOther("/app/admin/settings/" + municipalityId + "/population");
    }

    /** "23", "12,5" or "12.5" (a % sign may follow); null when it is no percentage from 0 to 100. */
    static BigDecimal percent(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip().replaceFirst("\\s*%$", "").replace(',', '.');
        if (!text.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal percent = new BigDecimal(text);
        return percent.compareTo(BigDecimal.valueOf(100)) > 0 ? null : percent;
    }
}
