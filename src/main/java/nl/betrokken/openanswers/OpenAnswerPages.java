package nl.betrokken.openanswers;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.disclosure.Publication;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The coding page: an analyst reads a wave's open answers, masked, 25 at a time, and types the numbers
 * of their themes ("1 3", 0 when none applies), tabbing from answer to answer and saving the page with
 * Enter; themes are added, renamed and removed on the same page, and the theme counts published from it.
 */
@Path("/monitor/waves/{id}/open-answers")
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Produces(Html.UTF8)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class OpenAnswerPages {

    /** Where the page was: the question, the school, only uncoded answers, the page number. */
    public record Place(
            @FormParam("item") String item,
            @FormParam("institution") Long institution,
            @FormParam("uncoded") boolean uncoded,
            @FormParam("page") @DefaultValue("1") int page) {

        String address(long waveId) {
            return OpenAnswers.address(waveId, item, institution, uncoded, page);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance answers(OpenAnswers a, StaffForm codes, StaffForm theme, String notice);
    }

    private final OpenAnswerService answers;

    public OpenAnswerPages(OpenAnswerService answers) {
        this.answers = answers;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(
            @PathParam("id") long id,
            @QueryParam("item") String item,
            @QueryParam("institution") Long institution,
            @QueryParam("uncoded") boolean uncoded,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("notice") String notice) {
        OpenAnswers a = answers.answers(id, item, institution, uncoded, page);
        return Templates.answers(a, codes(a), StaffForm.empty(), notice(notice));
    }

    /** The form as stored: each answer's theme numbers and quote. */
    private static StaffForm codes(OpenAnswers a) {
        StaffForm form = StaffForm.empty();
        for (OpenAnswers.Answer answer : a.answers()) {
            form.set(OpenAnswerExtensions.themesField(answer), answer.numbers());
            if (answer.quote()) {
                form.set(OpenAnswerExtensions.quoteField(answer), "1");
            }
        }
        return form;
    }

    private static String notice(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "theme-added" -> "Het thema is toegevoegd.";
            case "theme-renamed" -> "Het thema heeft een nieuwe naam.";
            case "theme-deleted" -> "Het thema is verwijderd; de thema's erna schoven een nummer op.";
            default -> {
                if (code.matches("saved-\\d+")) {
                    yield code.substring(6) + (code.equals("saved-1") ? " antwoord" : " antwoorden") + " ingedeeld.";
                }
                String[] published = code.split("-");
                yield published.length == 3 && code.matches("published-\\d+-\\d+")
                        ? OpenAnswerExtensions.published(Integer.parseInt(published[1]), Integer.parseInt(published[2]))
                        : null;
            }
        };
    }

    @POST
    @Path("/codes")
    @Operation(hidden = true)
    public Response code(
            @PathParam("id") long id,
            @BeanParam Place place,
            @FormParam("answer") List<Long> ids,
            @FormParam("themes") List<String> typed,
            @FormParam("quote") List<Long> quotes) {
        List<ThemeView> themes = answers.themes(id);
        Map<Integer, Long> byNumber = new HashMap<>();
        themes.forEach(t -> byNumber.put(t.number(), t.id()));
        Set<Long> quoted = Set.copyOf(quotes == null ? List.of() : quotes);
        StaffForm form = StaffForm.empty();
        List<OpenAnswerService.Coding> codings = new ArrayList<>();
        List<Long> answerIds = ids == null ? List.of() : ids;
        for (int i = 0; i < answerIds.size(); i++) {
            long responseId = answerIds.get(i);
            String field = "themes-" + responseId;
            String numbers = typed != null && i < typed.size() ? typed.get(i).strip() : "";
            boolean quote = quoted.contains(responseId);
            form.set(field, numbers);
            if (quote) {
                form.set("quote-" + responseId, "1");
            }
            List<Long> chosen = new ArrayList<>();
            String problem = ThemeNumbers.parse(numbers, byNumber, chosen);
            if (problem != null) {
                form.error(field, problem);
            } else if (quote && chosen.isEmpty()) {
                form.error(field, StaffTexts.of("open_quote_needs_theme"));
            } else {
                codings.add(new OpenAnswerService.Coding(responseId, numbers.isEmpty() ? null : chosen, quote));
            }
        }
        if (!form.hasErrors() && !codings.isEmpty()) {
            try {
                answers.code(id, place.item(), codings);
                long saved = codings.stream().filter(c -> c.themes() != null).count();
                // only uncoded ones: the next of them are on the same page now; otherwise the next page (the
                // page itself stops at the last one)
                int next = place.uncoded() ? place.page() : place.page() + 1;
                return Html.seeOther(new Place(place.item(), place.institution(), place.uncoded(), next).address(id)
                        + "&notice=saved-" + saved);
            } catch (InvalidFieldException e) {
                form.refused(e);
            }
        }
        return Html.badRequest(Templates.answers(
                answers.answers(id, place.item(), place.institution(), place.uncoded(), place.page()),
                form,
                StaffForm.empty(),
                null));
    }

    @POST
    @Path("/themes")
    @Operation(hidden = true)
    public Response addTheme(@PathParam("id") long id, @FormParam("label") String label, @BeanParam Place place) {
        return themeChange(id, place, StaffForm.of("label", label), "theme-added", () -> answers.addTheme(id, label));
    }

    @POST
    @Path("/themes/{themeId}")
    @Operation(hidden = true)
    public Response renameTheme(
            @PathParam("id") long id,
            @PathParam("themeId") long themeId,
            @FormParam("label") String label,
            @BeanParam Place place) {
        return themeChange(
                id,
                place,
                StaffForm.of("label-" + themeId, label).alias("label", "label-" + themeId),
                "theme-renamed",
                () -> answers.renameTheme(id, themeId, label));
    }

    @POST
    @Path("/themes/{themeId}/delete")
    @Operation(hidden = true)
    public Response deleteTheme(@PathParam("id") long id, @PathParam("themeId") long themeId, @BeanParam Place place) {
        return themeChange(id, place, StaffForm.empty().alias("theme", "label-" + themeId), "theme-deleted", () -> {
            answers.deleteTheme(id, themeId);
            return null;
        });
    }

    private Response themeChange(long id, Place place, StaffForm form, String notice, Supplier<ThemeView> change) {
        try {
            change.get();
            return Html.seeOther(place.address(id) + "&notice=" + notice);
        } catch (InvalidFieldException e) {
            form.refused(e);
        } catch (ConflictException e) {
            form.refused(e);
        }
        OpenAnswers a = answers.answers(id, place.item(), place.institution(), place.uncoded(), place.page());
        return Html.badRequest(Templates.answers(a, codes(a), form, null));
    }

    @POST
    @Path("/publish")
    @Operation(hidden = true)
    public Response publish(@PathParam("id") long id, @BeanParam Place place) {
        Publication.Outcome outcome = answers.publish(id);
        return Html.seeOther(place.address(id) + "&notice=published-" + outcome.published() + "-" + outcome.heldBack());
    }
}
