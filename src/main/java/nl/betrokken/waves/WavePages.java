package nl.betrokken.waves;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.qr.QrCode;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.definitions.QuestionnaireService;
import nl.betrokken.definitions.QuestionnaireSummary;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.organisations.InstitutionView;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Waves for school leaders and municipalities: open one, hand out the link or codes, follow the response. */
@Path("/app/waves")
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Produces(Html.UTF8)
public class WavePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wave(AuthenticatedUser user, WaveView wave, String notice, RowError error);

        static native TemplateInstance create(
                List<QuestionnaireSummary> questionnaires, List<InstitutionView> institutions, String error);

        static native TemplateInstance letter(
                WaveView wave, WaveView.InstitutionRow row, Letter letter, String url, RawString qr);

        static native TemplateInstance codes(WaveView wave, WaveView.InstitutionRow row, String url, List<Slip> slips);
    }

    /** A refused number in one institution's row (field "count" or "limit"): shown by that field, with what was typed. */
    public record RowError(long institutionId, String field, String value, String message) {}

    /** The bounds of the two number fields on the wave page; its inputs carry the same min and max. */
    static final int MAX_CODES_AT_ONCE = 500;

    static final int MAX_CODE_LIMIT = 100_000;

    /** One code slip: the code, and a QR code that opens the code page with it filled in. */
    public record Slip(String code, RawString qr) {}

    private final WaveService waves;
    private final CurrentUser currentUser;
    private final QuestionnaireService questionnaires;
    private final OrganisationService organisations;
    private final PublicUrl publicUrl;
    private final QuestionnaireCatalog catalog;

    public WavePages(
            WaveService waves,
            CurrentUser currentUser,
            QuestionnaireService questionnaires,
            OrganisationService organisations,
            PublicUrl publicUrl,
            QuestionnaireCatalog catalog) {
        this.waves = waves;
        this.currentUser = currentUser;
        this.questionnaires = questionnaires;
        this.organisations = organisations;
        this.publicUrl = publicUrl;
        this.catalog = catalog;
    }

    @GET
    @Path("/new")
    @Operation(hidden = true)
    public TemplateInstance form() {
        return Templates.create(questionnaires.list(StaffLanguage.CODE), organisations.institutionsForNewWaves(), null);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(
            @FormParam("name") String name,
            @FormParam("questionnaireId") String questionnaireId,
            @FormParam("opensOn") String opensOn,
            @FormParam("closesOn") String closesOn,
            @FormParam("access") String access,
            @FormParam("institutionIds") List<Long> institutionIds) {
        try {
            WaveView wave = waves.create(new WaveRequest(
                    required(name, "name", "wave_name_required"),
                    required(questionnaireId, "questionnaireId", "wave_questionnaire_required"),
                    null,
                    date(opensOn, "opensOn", "wave_opens_on_required"),
                    date(closesOn, "closesOn", "wave_closes_on_required"),
                    "codes".equals(access) ? Access.CODES : Access.LINK,
                    institutionIds == null || institutionIds.isEmpty()
                            ? failed("institutionIds", "wave_institutions_required")
                            : institutionIds));
            return Response.seeOther(URI.create("/app/waves/" + wave.id())).build();
        } catch (InvalidFieldException e) {
            return Response.status(400)
                    .entity(Templates.create(
                            questionnaires.list(StaffLanguage.CODE),
                            organisations.institutionsForNewWaves(),
                            StaffTexts.of(e)))
                    .build();
        }
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public TemplateInstance wave(
            @PathParam("id") long id,
            @QueryParam("published") Integer published,
            @QueryParam("waiting") Integer waiting,
            @QueryParam("limit") String limitFor) {
        String notice = null;
        if (published != null) {
            notice = published
                    + (published == 1 ? " cijfer bijgewerkt" : " cijfers bijgewerkt")
                    + (waiting == null || waiting == 0
                            ? "."
                            : "; " + waiting + (waiting == 1 ? " cijfer wacht" : " cijfers wachten")
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
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(hidden = true)
    public Response publish(@PathParam("id") long id) {
        var outcome = waves.publishNow(id);
        return Response.seeOther(URI.create(
                        "/app/waves/" + id + "?published=" + outcome.published() + "&waiting=" + outcome.heldBack()))
                .build();
    }

    @POST
    @Path("/{id}/institutions/{institutionId}/code-limit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(hidden = true)
    public Response codeLimit(
            @PathParam("id") long id,
            @PathParam("institutionId") long institutionId,
            @FormParam("limit") String limit) {
        Integer value = number(limit, 0, MAX_CODE_LIMIT);
        if (value == null) {
            return refused(id, new RowError(institutionId, "limit", limit, StaffTexts.of("code_limit_value")));
        }
        WaveView wave = waves.codeLimit(id, institutionId, value);
        String name = row(wave, institutionId).institution();
        return Response.seeOther(UriBuilder.fromPath("/app/waves/" + id)
                        .queryParam("limit", name)
                        .build())
                .build();
    }

    @GET
    @Path("/{id}/institutions/{institutionId}/letter")
    @Operation(hidden = true)
    public TemplateInstance letter(
            @PathParam("id") long id, @PathParam("institutionId") long institutionId, @Context UriInfo uri) {
        WaveView wave = waves.get(id);
        WaveView.InstitutionRow row = row(wave, institutionId);
        String url = publicUrl.of(row.link(), uri);
        Letter letter = Letter.of(catalog.version(wave.questionnaireId(), wave.version())
                .orElseThrow()
                .questionnaire());
        RawString qr = new RawString(QrCode.svg(url, "QR-code met de link naar de vragenlijst"));
        return Templates.letter(wave, row, letter, url, qr);
    }

    @POST
    @Path("/{id}/institutions/{institutionId}/codes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response codes(
            @PathParam("id") long id,
            @PathParam("institutionId") long institutionId,
            @FormParam("count") String count,
            @Context UriInfo uri) {
        Integer number = number(count, 1, MAX_CODES_AT_ONCE);
        if (number == null) {
            return refused(
                    id, new RowError(institutionId, "count", count, StaffTexts.of("codes_count", MAX_CODES_AT_ONCE)));
        }
        CodesView codes;
        try {
            codes = waves.generateCodes(id, institutionId, number);
        } catch (InvalidFieldException e) {
            return refused(id, new RowError(institutionId, "count", count, StaffTexts.of(e)));
        }
        WaveView wave = waves.get(id);
        String codePage = publicUrl.of("/c", uri);
        List<Slip> slips = codes.codes().stream()
                .map(code -> new Slip(
                        code, new RawString(QrCode.svg(codePage + "?code=" + code, "QR-code voor code " + code))))
                .toList();
        return Response.ok(Templates.codes(wave, row(wave, institutionId), codePage, slips))
                .build();
    }

    private static WaveView.InstitutionRow row(WaveView wave, long institutionId) {
        return wave.institutions().stream()
                .filter(r -> r.institutionId() == institutionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("institution in this wave", institutionId));
    }

    private Response refused(long id, RowError error) {
        return Response.status(400)
                .entity(Templates.wave(currentUser.require(), waves.get(id), null, error))
                .build();
    }

    /** A whole number typed in a form, or null when it is not one or lies outside min..max. */
    private static Integer number(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String required(String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required", messageKey);
        }
        return value;
    }

    private static LocalDate date(String value, String field, String messageKey) {
        try {
            return LocalDate.parse(required(value, field, messageKey));
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a date like 2027-03-01", messageKey);
        }
    }

    private static <T> T failed(String field, String messageKey) {
        throw new InvalidFieldException(field, "is required", messageKey);
    }
}
