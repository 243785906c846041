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
import nl.betrokken.common.api.ConflictException;
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
        static native TemplateInstance wave(
                AuthenticatedUser user,
                WavePage page,
                WaveView wave,
                String notice,
                RowError error,
                FormError formError);

        static native TemplateInstance create(
                List<QuestionnaireSummary> questionnaires, List<InstitutionView> institutions, String error);

        static native TemplateInstance letter(
                WaveView wave, WaveView.InstitutionRow row, Letter letter, String url, RawString qr);

        static native TemplateInstance codes(
                WaveView wave, WaveView.InstitutionRow row, String url, List<Slip> slips, Letter letter);
    }

    /**
     * A refusal in one institution's row (field "count", "limit" or "remove"): shown by that field, with
     * what was typed.
     */
    public record RowError(long institutionId, String field, String value, String message) {}

    /** A refused field of the wave itself ("closesOn", "confirm", "institutionId"), with what was typed. */
    public record FormError(String field, String value, String message) {}

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
            @QueryParam("limit") String limitFor,
            @QueryParam("done") String done,
            @QueryParam("school") String school) {
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
        } else if (done != null) {
            notice = switch (done) {
                case "closed" ->
                    "De peiling is gesloten. Niemand kan nog antwoorden; de eindcijfers zijn gepubliceerd.";
                case "closes-on" -> "De einddatum is aangepast.";
                case "added" -> (school == null ? "De school" : school) + " doet nu mee, met een eigen link.";
                case "removed" ->
                    (school == null ? "De school" : school) + " doet niet meer mee; de link werkt niet meer.";
                default -> null;
            };
        }
        WavePage page = waves.page(id);
        return Templates.wave(currentUser.require(), page, page.wave(), notice, null, null);
    }

    /** "Nu sluiten": ends the wave today, after the user ticked that they mean it. */
    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response close(@PathParam("id") long id, @FormParam("confirm") String confirm) {
        if (!"yes".equals(confirm)) {
            return refused(id, 400, new FormError("confirm", null, StaffTexts.of("wave_close_confirm")));
        }
        waves.close(id);
        return done(id, "closed", null);
    }

    @POST
    @Path("/{id}/closing-date")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response closingDate(@PathParam("id") long id, @FormParam("closesOn") String closesOn) {
        try {
            waves.closesOn(id, date(closesOn, "closesOn", "wave_closes_on_date"));
        } catch (InvalidFieldException e) {
            return refused(id, 400, new FormError("closesOn", closesOn, StaffTexts.of(e)));
        } catch (ConflictException e) {
            return refused(id, 409, new FormError("closesOn", closesOn, StaffTexts.of(e)));
        }
        return done(id, "closes-on", null);
    }

    @POST
    @Path("/{id}/institutions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addInstitution(@PathParam("id") long id, @FormParam("institutionId") String institutionId) {
        Integer chosen = number(institutionId, 1, Integer.MAX_VALUE);
        if (chosen == null) {
            return refused(
                    id, 400, new FormError("institutionId", institutionId, StaffTexts.of("wave_institution_choose")));
        }
        WaveView wave;
        try {
            wave = waves.addInstitution(id, chosen);
        } catch (InvalidFieldException e) {
            return refused(id, 400, new FormError("institutionId", institutionId, StaffTexts.of(e)));
        } catch (ConflictException e) {
            return refused(id, 409, new FormError("institutionId", institutionId, StaffTexts.of(e)));
        }
        return done(id, "added", row(wave, chosen).institution());
    }

    @POST
    @Path("/{id}/institutions/{institutionId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response removeInstitution(@PathParam("id") long id, @PathParam("institutionId") long institutionId) {
        WaveService.Removal removal;
        try {
            removal = waves.removeInstitution(id, institutionId);
        } catch (ConflictException e) {
            return refused(id, 409, new RowError(institutionId, "remove", null, StaffTexts.of(e)));
        }
        return done(id, "removed", removal.institution());
    }

    private static Response done(long id, String what, String school) {
        UriBuilder to = UriBuilder.fromPath("/app/waves/" + id).queryParam("done", what);
        if (school != null) {
            to.queryParam("school", school);
        }
        return Response.seeOther(to.build()).build();
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
            @PathParam("id") long id,
            @PathParam("institutionId") long institutionId,
            @QueryParam("lang") String language,
            @Context UriInfo uri) {
        WaveView wave = waves.get(id);
        WaveView.InstitutionRow row = row(wave, institutionId);
        String url = publicUrl.of(row.link(), uri);
        Letter letter = letter(wave, row, language);
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
            @FormParam("lang") String language,
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
        WaveView.InstitutionRow row = row(wave, institutionId);
        return Response.ok(Templates.codes(wave, row, codePage, slips, letter(wave, row, language)))
                .build();
    }

    /** The letter's texts in Dutch and the chosen language (Dutch alone when none, or one the questionnaire lacks). */
    private Letter letter(WaveView wave, WaveView.InstitutionRow row, String language) {
        return Letter.of(
                catalog.version(wave.questionnaireId(), wave.version())
                        .orElseThrow()
                        .questionnaire(),
                language,
                row.institution(),
                wave.closesOn());
    }

    private static WaveView.InstitutionRow row(WaveView wave, long institutionId) {
        return wave.institutions().stream()
                .filter(r -> r.institutionId() == institutionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("institution in this wave", institutionId));
    }

    private Response refused(long id, RowError error) {
        return refused(id, 400, error);
    }

    private Response refused(long id, int status, RowError error) {
        WavePage page = waves.page(id);
        return Response.status(status)
                .entity(Templates.wave(currentUser.require(), page, page.wave(), null, error, null))
                .build();
    }

    private Response refused(long id, int status, FormError error) {
        WavePage page = waves.page(id);
        return Response.status(status)
                .entity(Templates.wave(currentUser.require(), page, page.wave(), null, null, error))
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
