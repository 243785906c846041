package nl.betrokken.lea;

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
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.pdf.PdfRenderer;
import nl.betrokken.common.time.Dates;
import nl.betrokken.common.web.Html;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The LEA pages: the screening round with its side-by-side handout, the action plan, and the yearly evaluation. */
@Path("/lea")
@Produces(Html.UTF8)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD})
public class LeaPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(
                AuthenticatedUser user, List<ScreeningView.Summary> screenings, List<PlanView.Summary> plans);

        static native TemplateInstance newScreening(ScreeningView.NewScreening form);

        static native TemplateInstance screening(ScreeningView s, StaffForm form);

        static native TemplateInstance handoutPdf(ScreeningView s, String printedOn);

        static native TemplateInstance part(ScreeningView.Contribution c);

        static native TemplateInstance newPlan(
                List<ScreeningView.Summary> screenings, List<PlanView.Choice> leads, String title, String error);

        static native TemplateInstance plan(PlanView p, StaffForm form);

        static native TemplateInstance conflict(PlanView.Conflict c);

        static native TemplateInstance history(PlanView.History h);

        static native TemplateInstance evaluation(EvaluationView e, String error, String draft);

        static native TemplateInstance evaluationPdf(EvaluationPrint.Printed p);
    }

    private final ScreeningService screenings;
    private final ActionPlanService plans;
    private final EvaluationService evaluations;
    private final EvaluationPrint printing;
    private final PdfRenderer pdf;
    private final CurrentUser currentUser;
    private final LeaForms forms;

    public LeaPages(
            ScreeningService screenings,
            ActionPlanService plans,
            EvaluationService evaluations,
            EvaluationPrint printing,
            PdfRenderer pdf,
            CurrentUser currentUser,
            LeaForms forms) {
        this.screenings = screenings;
        this.plans = plans;
        this.evaluations = evaluations;
        this.printing = printing;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.forms = forms;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance index() {
        return Templates.index(currentUser.require(), screenings.list(), plans.list());
    }

    // --- screening

    @GET
    @Path("/screenings/new")
    @RolesAllowed(Role.ANALYST)
    @Operation(hidden = true)
    public TemplateInstance newScreening() {
        return Templates.newScreening(screenings.newScreening("", null, List.of(), List.of(), null));
    }

    @POST
    @Path("/screenings")
    @RolesAllowed(Role.ANALYST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response createScreening(
            @FormParam("title") String title,
            @FormParam("leadBoardId") Long leadBoardId,
            @FormParam("boardIds") List<Long> boardIds,
            @FormParam("organisationIds") List<Long> organisationIds) {
        try {
            return seeOther("/lea/screenings/" + screenings.create(title, leadBoardId, boardIds, organisationIds));
        } catch (InvalidFieldException e) {
            String error = e.messageKey().isPresent() ? StaffTexts.of(e) : e.getMessage();
            return Response.status(400)
                    .entity(Templates.newScreening(
                            screenings.newScreening(title, leadBoardId, boardIds, organisationIds, error)))
                    .build();
        }
    }

    @GET
    @Path("/screenings/{id}")
    @Operation(hidden = true)
    public TemplateInstance screening(@PathParam("id") long id) {
        return Templates.screening(screenings.view(id), StaffForm.empty());
    }

    /** The handout as a PDF for the meeting: the same view, through the same checks, as the page. */
    @GET
    @Path("/screenings/{id}/handout.pdf")
    @Produces(PdfRenderer.TYPE)
    @Operation(hidden = true)
    public Response handoutPdf(@PathParam("id") long id) {
        byte[] document = pdf.render(Templates.handoutPdf(screenings.view(id), StaffLanguage.date(Dates.today()))
                .render());
        return Response.ok(document, PdfRenderer.TYPE)
                .header("Content-Disposition", "attachment; filename=\"hand-out-" + id + ".pdf\"")
                .build();
    }

    @POST
    @Path("/screenings/{id}/lead")
    @RolesAllowed(Role.ANALYST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response screeningLead(@PathParam("id") long id, @FormParam("boardId") String boardId) {
        StaffForm form = StaffForm.of("boardId", boardId);
        return forms.changeScreeningLead(id, form)
                ? seeOther("/lea/screenings/" + id + "#lead")
                : Html.badRequest(Templates.screening(screenings.view(id), form));
    }

    @POST
    @Path("/screenings/{id}/partners")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response invite(
            @PathParam("id") long id,
            @FormParam("boardIds") List<String> boardIds,
            @FormParam("organisationIds") List<String> organisationIds) {
        StaffForm form = StaffForm.empty();
        return forms.invite(id, boardIds, organisationIds, form)
                ? seeOther("/lea/screenings/" + id + "#partners")
                : Html.badRequest(Templates.screening(screenings.view(id), form));
    }

    @GET
    @Path("/screenings/{id}/parts/{partnerId}")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Operation(hidden = true)
    public TemplateInstance partOnBehalf(@PathParam("id") long id, @PathParam("partnerId") long partnerId) {
        return Templates.part(screenings.contributionFor(id, partnerId, null));
    }

    @POST
    @Path("/screenings/{id}/parts/{partnerId}")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response savePartOnBehalf(
            @PathParam("id") long id, @PathParam("partnerId") long partnerId, MultivaluedMap<String, String> form) {
        return part(screenings.saveFor(id, partnerId, fields(form), "submit".equals(form.getFirst("action"))));
    }

    @GET
    @Path("/screenings/{id}/part")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Operation(hidden = true)
    public TemplateInstance part(@PathParam("id") long id) {
        return Templates.part(screenings.contribution(id, null));
    }

    @POST
    @Path("/screenings/{id}/part")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response savePart(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return part(screenings.save(id, fields(form), "submit".equals(form.getFirst("action"))));
    }

    private static Response part(ScreeningView.Contribution saved) {
        int status = saved.locked() ? 409 : saved.errors().isEmpty() ? 200 : 400;
        return Response.status(status).entity(Templates.part(saved)).build();
    }

    @POST
    @Path("/screenings/{id}/agreement")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response agree(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Optional<ScreeningView> refused = screenings.recordAgreement(id, fields(form));
        return refused.map(view -> Response.status(400)
                        .entity(Templates.screening(view, StaffForm.empty()))
                        .build())
                .orElseGet(() -> seeOther("/lea/screenings/" + id + "#agreement"));
    }

    // --- action plan

    @GET
    @Path("/plans/new")
    @RolesAllowed(Role.ANALYST)
    @Operation(hidden = true)
    public TemplateInstance newPlan() {
        return Templates.newPlan(screenings.list(), plans.leadChoices(), "", null);
    }

    @POST
    @Path("/plans")
    @RolesAllowed(Role.ANALYST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response createPlan(
            @FormParam("title") String title,
            @FormParam("screeningId") Long screeningId,
            @FormParam("leadBoardId") Long leadBoardId) {
        try {
            return seeOther("/lea/plans/" + plans.create(title, screeningId, leadBoardId));
        } catch (InvalidFieldException e) {
            String error = e.messageKey().isPresent() ? StaffTexts.of(e) : e.getMessage();
            return Response.status(400)
                    .entity(Templates.newPlan(screenings.list(), plans.leadChoices(), title, error))
                    .build();
        }
    }

    @GET
    @Path("/plans/{id}")
    @Operation(hidden = true)
    public TemplateInstance plan(@PathParam("id") long id, @QueryParam("saved") String saved) {
        return Templates.plan(plans.view(id, saved == null ? null : "Opgeslagen.", List.of(), null), StaffForm.empty());
    }

    @POST
    @Path("/plans/{id}/lead")
    @RolesAllowed(Role.ANALYST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response planLead(@PathParam("id") long id, @FormParam("boardId") String boardId) {
        StaffForm form = StaffForm.of("boardId", boardId);
        return forms.changePlanLead(id, form)
                ? seeOther("/lea/plans/" + id + "#lead")
                : Html.badRequest(Templates.plan(plans.view(id, null, List.of(), null), form));
    }

    @POST
    @Path("/plans/{id}/suggestions/{suggestionId}")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response adopt(@PathParam("id") long id, @PathParam("suggestionId") String suggestionId) {
        try {
            plans.adopt(id, suggestionId);
            return seeOther("/lea/plans/" + id + "?saved=vision#section-vision");
        } catch (InvalidFieldException e) {
            return Html.badRequest(
                    Templates.plan(plans.view(id, null, List.of(e.getMessage()), null), StaffForm.empty()));
        }
    }

    @POST
    @Path("/plans/{id}/sections/{section}")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveSection(
            @PathParam("id") long id,
            @PathParam("section") String section,
            @FormParam("body") String body,
            @FormParam("revision") int revision) {
        try {
            return plans.saveSection(id, section, body, revision)
                    .map(conflict -> Response.status(409)
                            .entity(Templates.conflict(conflict))
                            .build())
                    .orElseGet(() -> seeOther("/lea/plans/" + id + "?saved=" + section + "#section-" + section));
        } catch (InvalidFieldException e) {
            return Response.status(400)
                    .entity(Templates.plan(plans.view(id, null, List.of(e.getMessage()), null), StaffForm.empty()))
                    .build();
        }
    }

    @POST
    @Path("/plans/{id}/figures")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response pullFigures(@PathParam("id") long id) {
        plans.pullFigures(id);
        return seeOther("/lea/plans/" + id + "?saved=inventory#section-inventory");
    }

    @POST
    @Path("/plans/{id}/goals")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addGoal(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return saveGoal(id, null, form);
    }

    @POST
    @Path("/plans/{id}/goals/{goalId}")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response updateGoal(
            @PathParam("id") long id, @PathParam("goalId") long goalId, MultivaluedMap<String, String> form) {
        return saveGoal(id, goalId, form);
    }

    private Response saveGoal(long id, Long goalId, MultivaluedMap<String, String> form) {
        PlanView.GoalDraft draft = new PlanView.GoalDraft(
                form.getFirst("description"),
                form.getFirst("dueDate"),
                form.getFirst("targetId"),
                form.getFirst("indicator"),
                form.getFirst("threshold"));
        try {
            plans.saveGoal(id, goalId, draft);
            return seeOther("/lea/plans/" + id + "?saved=goals#goals");
        } catch (InvalidFieldException e) {
            return Response.status(400)
                    .entity(Templates.plan(
                            plans.view(id, null, List.of(e.getMessage()), goalId == null ? draft : null),
                            StaffForm.empty()))
                    .build();
        }
    }

    @POST
    @Path("/plans/{id}/goals/{goalId}/delete")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response deleteGoal(@PathParam("id") long id, @PathParam("goalId") long goalId) {
        plans.deleteGoal(id, goalId);
        return seeOther("/lea/plans/" + id + "?saved=goals#goals");
    }

    @GET
    @Path("/plans/{id}/history")
    @Operation(hidden = true)
    public TemplateInstance history(@PathParam("id") long id) {
        return Templates.history(plans.history(id));
    }

    // --- evaluation

    @GET
    @Path("/plans/{id}/evaluation")
    @Operation(hidden = true)
    public TemplateInstance evaluation(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return Templates.evaluation(evaluations.evaluation(id, year), null, "");
    }

    @POST
    @Path("/plans/{id}/evaluation/comments")
    @RolesAllowed({Role.ANALYST, Role.BOARD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response comment(
            @PathParam("id") long id,
            @FormParam("year") int year,
            @FormParam("goalId") Long goalId,
            @FormParam("body") String body) {
        try {
            evaluations.comment(id, year, goalId, body);
            return seeOther("/lea/plans/" + id + "/evaluation?year=" + year
                    + (goalId == null ? "#general" : "#goal-" + goalId));
        } catch (InvalidFieldException e) {
            return Response.status(400)
                    .entity(Templates.evaluation(
                            evaluations.evaluation(id, year), e.getMessage(), body == null ? "" : body))
                    .build();
        }
    }

    @GET
    @Path("/plans/{id}/evaluation.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response evaluationCsv(@PathParam("id") long id, @QueryParam("year") Integer year) {
        EvaluationView evaluation = evaluations.evaluation(id, year);
        StreamingOutput body = out -> evaluations.csv(evaluation, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"evaluatie-" + id + "-" + evaluation.year() + ".csv\"")
                .build();
    }

    /** The evaluation as a PDF for print: the same figures, through the same checks, as the page. */
    @GET
    @Path("/plans/{id}/evaluation.pdf")
    @Produces(PdfRenderer.TYPE)
    @Operation(hidden = true)
    public Response evaluationPdf(@PathParam("id") long id, @QueryParam("year") Integer year) {
        EvaluationPrint.Printed printed = printing.printed(id, year);
        byte[] document = pdf.render(Templates.evaluationPdf(printed).render());
        return Response.ok(document, PdfRenderer.TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"evaluatie-" + id + "-"
                                + printed.e().year() + ".pdf\"")
                .build();
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static Map<String, List<String>> fields(MultivaluedMap<String, String> form) {
        return form.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
