package nl.betrokken.waves;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.qr.QrCode;
import nl.betrokken.common.web.Html;
import nl.betrokken.definitions.QuestionnaireService;
import nl.betrokken.definitions.QuestionnaireSummary;
import nl.betrokken.organisations.InstitutionView;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;

/** Waves for school leaders and municipalities: open one, hand out the link or codes, follow the response. */
@Path("/app/waves")
@RolesAllowed({ Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD })
@Produces(Html.UTF8)
public class WavePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wave(AuthenticatedUser user, WaveView wave, String notice, String error);

        static native TemplateInstance create(AuthenticatedUser user, List<QuestionnaireSummary> questionnaires,
                List<InstitutionView> institutions, String error);

        static native TemplateInstance letter(WaveView wave, WaveView.InstitutionRow row, String url, RawString qr);

        static native TemplateInstance codes(WaveView wave, WaveView.InstitutionRow row, String url, List<Slip> slips);
    }

    /** One code slip: the code, and a QR code that opens the code page with it filled in. */
    public record Slip(String code, RawString qr) {
    }

    private final WaveService waves;
    private final CurrentUser currentUser;
    private final QuestionnaireService questionnaires;
    private final OrganisationService organisations;
    private final PublicUrl publicUrl;

    public WavePages(WaveService waves, CurrentUser currentUser, QuestionnaireService questionnaires,
            OrganisationService organisations, PublicUrl publicUrl) {
        this.waves = waves;
        this.currentUser = currentUser;
        this.questionnaires = questionnaires;
        this.organisations = organisations;
        this.publicUrl = publicUrl;
    }

    @GET
    @Path("/new")
    @Operation(hidden = true)
    public TemplateInstance form() {
        return Templates.create(currentUser.require(), questionnaires.list(StaffLanguage.CODE), organisations.institutions(null, null, null),
                null);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("questionnaireId") String questionnaireId,
            @FormParam("opensOn") String opensOn, @FormParam("closesOn") String closesOn, @FormParam("access") String access,
            @FormParam("institutionIds") List<Long> institutionIds) {
        try {
            WaveView wave = waves.create(new WaveRequest(required(name, "Geef de peiling een naam."), required(questionnaireId,
                    "Kies een vragenlijst."), null, date(opensOn, "Vul een begindatum in."), date(closesOn, "Vul een einddatum in."),
                    "codes".equals(access) ? Access.CODES : Access.LINK, institutionIds == null || institutionIds.isEmpty()
                            ? failed("Kies minstens één school of instelling.") : institutionIds));
            return Response.seeOther(URI.create("/app/waves/" + wave.id())).build();
        } catch (InvalidFieldException e) {
            String message = e.getMessage().startsWith("Kies") || e.getMessage().startsWith("Vul") || e.getMessage().startsWith("Geef")
                    ? e.getMessage() : switch (e.field()) {
                        case "closesOn" -> "De einddatum moet na de begindatum liggen en niet in het verleden.";
                        case "institutionIds" -> "Kies alleen scholen uit één gemeente waarvoor u werkt.";
                        default -> "Controleer de gegevens: " + e.getMessage();
                    };
            return Response.status(400).entity(Templates.create(currentUser.require(), questionnaires.list(StaffLanguage.CODE),
                    organisations.institutions(null, null, null), message)).build();
        }
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public TemplateInstance wave(@PathParam("id") long id, @QueryParam("published") Integer published,
            @QueryParam("waiting") Integer waiting, @QueryParam("limit") String limitFor) {
        String notice = null;
        if (published != null) {
            notice = published + (published == 1 ? " cijfer bijgewerkt" : " cijfers bijgewerkt")
                    + (waiting == null || waiting == 0 ? "." : "; " + waiting + (waiting == 1 ? " cijfer wacht" : " cijfers wachten")
                            + " op meer nieuwe antwoorden, zodat niemand één antwoord kan afleiden uit het verschil.");
        } else if (limitFor != null) {
            notice = "Het aantal codes voor " + limitFor + " is aangepast.";
        }
        return Templates.wave(currentUser.require(), waves.get(id), notice, null);
    }

    /** "Publish now": the figures of an open wave before an LEA meeting, under the usual growth rule. */
    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.ADMIN, Role.ANALYST })
    @Operation(hidden = true)
    public Response publish(@PathParam("id") long id) {
        var outcome = waves.publishNow(id);
        return Response.seeOther(URI.create("/app/waves/" + id + "?published=" + outcome.published() + "&waiting="
                + outcome.heldBack())).build();
    }

    @POST
    @Path("/{id}/institutions/{institutionId}/code-limit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.ADMIN, Role.ANALYST })
    @Operation(hidden = true)
    public Response codeLimit(@PathParam("id") long id, @PathParam("institutionId") long institutionId,
            @FormParam("limit") String limit) {
        int value;
        try {
            value = Integer.parseInt(limit == null ? "" : limit.strip());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0 || value > 100000) {
            return Response.status(400).entity(Templates.wave(currentUser.require(), waves.get(id), null,
                    "Vul als aantal codes een heel getal van 0 tot en met 100.000 in.")).build();
        }
        WaveView wave = waves.codeLimit(id, institutionId, value);
        String name = row(wave, institutionId).institution();
        return Response.seeOther(UriBuilder.fromPath("/app/waves/" + id).queryParam("limit", name).build()).build();
    }

    @GET
    @Path("/{id}/institutions/{institutionId}/letter")
    @Operation(hidden = true)
    public TemplateInstance letter(@PathParam("id") long id, @PathParam("institutionId") long institutionId,
            @Context UriInfo uri) {
        WaveView wave = waves.get(id);
        WaveView.InstitutionRow row = row(wave, institutionId);
        String url = publicUrl.of(row.link(), uri);
        return Templates.letter(wave, row, url, new RawString(QrCode.svg(url, "QR-code met de link naar de vragenlijst")));
    }

    @POST
    @Path("/{id}/institutions/{institutionId}/codes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response codes(@PathParam("id") long id, @PathParam("institutionId") long institutionId,
            @FormParam("count") String count, @Context UriInfo uri) {
        int number;
        try {
            number = Integer.parseInt(count == null ? "" : count.strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > 500) {
            return Response.status(400).entity(Templates.wave(currentUser.require(), waves.get(id), null,
                    "Vul een aantal codes van 1 tot en met 500 in.")).build();
        }
        CodesView codes;
        try {
            codes = waves.generateCodes(id, institutionId, number);
        } catch (CodeLimitException e) {
            return Response.status(400).entity(Templates.wave(currentUser.require(), waves.get(id), null, "Voor "
                    + e.institution() + " kunnen nog " + Math.max(0, e.limit() - e.made()) + " codes gemaakt worden: er mogen er "
                    + e.limit() + " zijn (het aantal ouders of teamleden plus een marge) en er zijn er al " + e.made()
                    + ". Zo kan niemand met extra codes een kleine groep aanvullen tot de antwoorden zichtbaar worden. Een"
                    + " medewerker van de gemeente kan het aantal verhogen.")).build();
        }
        WaveView wave = waves.get(id);
        String codePage = publicUrl.of("/c", uri);
        List<Slip> slips = codes.codes().stream().map(code -> new Slip(code,
                new RawString(QrCode.svg(codePage + "?code=" + code, "QR-code voor code " + code)))).toList();
        return Response.ok(Templates.codes(wave, row(wave, institutionId), codePage, slips)).build();
    }

    private static WaveView.InstitutionRow row(WaveView wave, long institutionId) {
        return wave.institutions().stream().filter(r -> r.institutionId() == institutionId).findFirst()
                .orElseThrow(() -> new nl.betrokken.common.api.NotFoundException("institution in this wave", institutionId));
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("form", message);
        }
        return value;
    }

    private static LocalDate date(String value, String message) {
        try {
            return LocalDate.parse(required(value, message));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidFieldException("form", message);
        }
    }

    private static <T> T failed(String message) {
        throw new InvalidFieldException("form", message);
    }
}
