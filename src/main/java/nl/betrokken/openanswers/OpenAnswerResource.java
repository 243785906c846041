package nl.betrokken.openanswers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.betrokken.analysis.AnalysisService;
import nl.betrokken.disclosure.Publication;
import nl.betrokken.organisations.SectorParameter;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The open answers of a wave, their themes and the theme counts: the API of the coding page. */
@Path("/api/analysis/waves/{id}/open-answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Tag(name = "Open answers", description = "Masked open answers for analysts, themes, coding and theme counts")
public class OpenAnswerResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    public record ThemeRequest(
            @NotNull(message = "is required") @Size(max = 80, message = "must be at most 80 characters")
            String label) {}

    public record CodingRequest(
            @NotNull(message = "is required") List<OpenAnswerService.Coding> codings) {}

    private final OpenAnswerService answers;
    private final ThemeCounts counts;

    public OpenAnswerResource(OpenAnswerService answers, ThemeCounts counts) {
        this.answers = answers;
        this.counts = counts;
    }

    @GET
    @Operation(
            summary = "One page of 25 masked answers to an open question",
            description = "Only schools with at least the threshold of respondents; names, e-mail addresses and"
                    + " phone numbers masked. 'item' defaults to the first open question.")
    public OpenAnswers list(
            @PathParam("id") long id,
            @QueryParam("item") String item,
            @QueryParam("institution") Long institution,
            @QueryParam("uncoded") boolean uncoded,
            @QueryParam("page") @DefaultValue("1") int page) {
        return answers.answers(id, item, institution, uncoded, page);
    }

    @PUT
    @Path("/{item}")
    @Operation(
            summary = "Code answers to an open question with themes, all or none",
            description = "Per answer its theme ids (an empty list when none applies, null to uncode) and whether"
                    + " it is a quote for the report")
    public Map<String, Integer> code(
            @PathParam("id") long id,
            @PathParam("item") String item,
            @Valid @NotNull(message = BODY_REQUIRED) CodingRequest body) {
        return Map.of("coded", answers.code(id, item, body.codings()));
    }

    @GET
    @Path("/themes")
    @Operation(summary = "The municipality's themes for this wave's questionnaire")
    public List<ThemeView> themes(@PathParam("id") long id) {
        return answers.themes(id);
    }

    @POST
    @Path("/themes")
    @Operation(summary = "Add a theme at the end of the list")
    public Response addTheme(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) ThemeRequest body) {
        ThemeView added = answers.addTheme(id, body.label());
        return Response.created(URI.create("/api/analysis/waves/" + id + "/open-answers/themes/" + added.id()))
                .entity(added)
                .build();
    }

    @PUT
    @Path("/themes/{themeId}")
    @Operation(summary = "Rename a theme")
    public ThemeView renameTheme(
            @PathParam("id") long id,
            @PathParam("themeId") long themeId,
            @Valid @NotNull(message = BODY_REQUIRED) ThemeRequest body) {
        return answers.renameTheme(id, themeId, body.label());
    }

    @DELETE
    @Path("/themes/{themeId}")
    @Operation(summary = "Remove a theme no answer carries")
    public Response deleteTheme(@PathParam("id") long id, @PathParam("themeId") long themeId) {
        answers.deleteTheme(id, themeId);
        return Response.noContent().build();
    }

    @POST
    @Path("/publish")
    @Operation(
            summary = "Publish the theme counts",
            description = "A school's count is published once at least the threshold of its answers are coded, and"
                    + " changes only when at least the threshold more are")
    public Publication.Outcome publish(@PathParam("id") long id) {
        return answers.publish(id);
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
    @Operation(summary = "The published theme counts of a group, as on the monitor and the school report")
    public List<ThemeTable> counts(
            @PathParam("id") long id,
            @QueryParam("sector") String sector,
            @QueryParam("board") Long board,
            @QueryParam("institution") Long institution) {
        return counts.of(id, new AnalysisService.Filter(SectorParameter.parse(sector), board, institution));
    }
}
