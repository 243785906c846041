package nl.betrokken.respond.paper;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.security.Role;
import nl.betrokken.waves.paper.PaperPrinting;
import nl.betrokken.waves.paper.PrintRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Paper questionnaires for staff: print forms for a school (also offered on the wave page), and type
 * filled-in forms back in with the keyboard only: the code, then one page with every question.
 */
@Path("/app/waves/{id}/paper")
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Produces(Html.UTF8)
public class PaperPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(
                PaperPrinting.Desk desk, String notice, PrintError printError, CodeError codeError);

        static native TemplateInstance print(PaperPrinting.PrintJob job);

        static native TemplateInstance entry(EntryView view);
    }

    /** A refused print request for one school, with what was typed. */
    public record PrintError(long institutionId, String field, String value, String message) {}

    /** A refused code, with what was typed. */
    public record CodeError(String typed, String message) {}

    private static final String CODE = "code";
    private static final Set<String> OWN_FIELDS = Set.of(CODE, "csrf-token");

    private final PaperPrinting printing;
    private final PaperEntryService entry;

    public PaperPages(PaperPrinting printing, PaperEntryService entry) {
        this.printing = printing;
        this.entry = entry;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance desk(
            @PathParam("id") long id,
            @QueryParam("entered") String entered,
            @QueryParam("school") String school,
            @QueryParam("n") Long n,
            @QueryParam("m") Long m,
            @QueryParam("dropped") Integer dropped) {
        String notice = null;
        if (entered != null && n != null && m != null) {
            notice = "Formulier " + entered + " ingevoerd" + (school == null ? "" : " voor " + school) + " (" + n
                    + " van " + m + ")."
                    + (dropped == null || dropped == 0
                            ? ""
                            : " " + dropped + (dropped == 1 ? " antwoord hoorde" : " antwoorden hoorden")
                                    + " bij een vraag die na de andere antwoorden niet geldt en "
                                    + (dropped == 1 ? "is" : "zijn") + " niet bewaard, zoals online.");
        }
        return Templates.desk(printing.desk(id), notice, null, null);
    }

    @POST
    @Path("/print")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response print(
            @PathParam("id") long id,
            @FormParam("institutionId") String institutionId,
            @FormParam("count") String count,
            @FormParam("lang") String language,
            @FormParam("channelId") String channelId) {
        Long institution = number(institutionId);
        if (institution == null) {
            throw new NotFoundException("institution in this wave", institutionId);
        }
        Long forms = number(count);
        if (forms == null || forms < 1 || forms > PaperPrinting.MAX_AT_ONCE) {
            return refused(
                    id,
                    new PrintError(
                            institution, "count", count, StaffTexts.of("paper_count", PaperPrinting.MAX_AT_ONCE)));
        }
        try {
            PaperPrinting.PrintJob job = printing.print(
                    id,
                    new PrintRequest(
                            institution,
                            forms.intValue(),
                            language,
                            channelId == null || channelId.isBlank() ? null : number(channelId)));
            return Response.ok(Templates.print(job)).build();
        } catch (InvalidFieldException e) {
            return refused(id, new PrintError(institution, e.field(), null, StaffTexts.of(e)));
        }
    }

    /** The code field: Enter sends it, and a valid unused code opens the form's entry page. */
    @POST
    @Path("/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response open(@PathParam("id") long id, @FormParam(CODE) String code) {
        try {
            return Response.ok(Templates.entry(EntryView.of(entry.open(id, code), Map.of(), Map.of())))
                    .build();
        } catch (PaperRefusal refusal) {
            return refused(id, code, refusal);
        }
    }

    @POST
    @Path("/entry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response enter(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String code = form.getFirst(CODE);
        Map<String, List<String>> answers = new HashMap<>();
        form.forEach((name, values) -> {
            if (!OWN_FIELDS.contains(name)) {
                answers.put(name, values);
            }
        });
        PaperEntryService.Entered entered;
        try {
            entered = entry.enter(id, code, answers);
        } catch (PaperRefusal refusal) {
            return refused(id, code, refusal);
        } catch (InvalidPaperAnswers invalid) {
            return Response.status(400)
                    .entity(Templates.entry(EntryView.of(entry.open(id, code), invalid.typed(), invalid.errors())))
                    .build();
        }
        return Response.seeOther(UriBuilder.fromPath("/app/waves/" + id + "/paper")
                        .queryParam("entered", entered.code())
                        .queryParam("school", entered.institution())
                        .queryParam("n", entered.entered())
                        .queryParam("m", entered.printed())
                        .queryParam("dropped", entered.dropped())
                        .build())
                .build();
    }

    private Response refused(long id, String typed, PaperRefusal refusal) {
        return Response.status(refusal.reason().status())
                .entity(Templates.desk(
                        printing.desk(id),
                        null,
                        null,
                        new CodeError(
                                typed == null ? "" : typed.strip(),
                                refusal.reason().dutch())))
                .build();
    }

    private Response refused(long id, PrintError error) {
        return Response.status(400)
                .entity(Templates.desk(printing.desk(id), null, error, null))
                .build();
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
