package nl.betrokken.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.database.replica.ReadsOnly;
import nl.betrokken.counting.Aggregator;
import nl.betrokken.disclosure.NormGroups;
import nl.betrokken.organisations.SectorParameter;
import nl.betrokken.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/analysis")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.BOARD, Role.LEAD})
@Tag(
        name = "Analysis",
        description = "Indicators, intervals, comparisons, typology profiles and reach; small groups suppressed")
public class AnalysisResource {

    private final AnalysisService analysis;
    private final ReachService reach;
    private final TypologyService typology;
    private final SettingsService settings;
    private final Aggregator aggregator;
    private final InstitutionAnswersService institutionAnswers;
    private final ExpectationsService expectations;
    private final ChannelReportService channels;
    private final BenchmarkService benchmarks;
    private final NormGroups norms;
    private final PopulationMargins margins;

    public AnalysisResource(
            AnalysisService analysis,
            ReachService reach,
            TypologyService typology,
            SettingsService settings,
            Aggregator aggregator,
            InstitutionAnswersService institutionAnswers,
            ExpectationsService expectations,
            ChannelReportService channels,
            BenchmarkService benchmarks,
            NormGroups norms,
            PopulationMargins margins) {
        this.margins = margins;
        this.analysis = analysis;
        this.benchmarks = benchmarks;
        this.norms = norms;
        this.channels = channels;
        this.expectations = expectations;
        this.institutionAnswers = institutionAnswers;
        this.reach = reach;
        this.typology = typology;
        this.settings = settings;
        this.aggregator = aggregator;
    }

    @GET
    @ReadsOnly
    @Path("/waves/{id}")
    @Operation(
            summary =
                    "Indicators (overall, by sector, by institution), item distributions and scale reliability of a wave")
    public WaveResults wave(
            @PathParam("id") long id,
            @QueryParam("sector") String sector,
            @QueryParam("board") Long board,
            @QueryParam("institution") Long institution,
            @QueryParam("confidence") Double confidence) {
        return analysis.results(id, filter(sector, board, institution), confidence);
    }

    @GET
    @ReadsOnly
    @Path("/waves/{id}/institutions")
    @Operation(
            summary =
                    "Each institution's own answers, for questionnaires institutions or partners answer about themselves")
    public InstitutionAnswers institutions(
            @PathParam("id") long id, @QueryParam("sector") String sector, @QueryParam("board") Long board) {
        return institutionAnswers.answers(id, filter(sector, board, null));
    }

    @GET
    @ReadsOnly
    @Path("/waves/{id}/reach")
    @Operation(summary = "Response rates and the make-up of respondents against the population")
    public Reach reach(
            @PathParam("id") long id,
            @QueryParam("sector") String sector,
            @QueryParam("board") Long board,
            @QueryParam("institution") Long institution) {
        return reach.reach(id, filter(sector, board, institution));
    }

    @GET
    @ReadsOnly
    @Path("/waves/{id}/channels")
    @Operation(
            summary = "Respondents per channel and way of answering; after the wave closed, who each channel reached"
                    + " and answers with help against answers alone")
    public ChannelReport channels(
            @PathParam("id") long id,
            @QueryParam("sector") String sector,
            @QueryParam("board") Long board,
            @QueryParam("institution") Long institution) {
        return channels.report(id, filter(sector, board, institution));
    }

    @GET
    @ReadsOnly
    @Path("/waves/{id}/institutions/{institutionId}/benchmarks")
    @Operation(
            summary = "A school's indicators against its municipality, its sector there and the platform's norm group:"
                    + " percentile band and significantly above, in line or below")
    public Benchmarks benchmarks(@PathParam("id") long id, @PathParam("institutionId") long institutionId) {
        return benchmarks.of(id, institutionId);
    }

    @GET
    @Path("/norms")
    @Operation(summary = "The school years whose norm groups are frozen, when, and how many groups each gave")
    public List<NormGroups.Freeze> norms() {
        return norms.frozen();
    }

    /** The school year to freeze, such as "2025-2026". */
    public record NormFreezeRequest(String schoolYear) {}

    @POST
    @Path("/norms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Freeze the norm groups of a school year that has ended; a frozen year does not change")
    public NormGroups.Freeze freeze(@NotNull(message = "a JSON body is required") NormFreezeRequest body) {
        return norms.freeze(body.schoolYear());
    }

    @GET
    @ReadsOnly
    @Path("/compare")
    @Operation(summary = "Change of every shared indicator from a baseline wave to a follow-up, with interval and test")
    public Comparison compare(
            @QueryParam("baseline") Long baseline,
            @QueryParam("followUp") Long followUp,
            @QueryParam("sector") String sector,
            @QueryParam("board") Long board,
            @QueryParam("institution") Long institution,
            @QueryParam("confidence") Double confidence) {
        if (baseline == null || followUp == null) {
            throw new InvalidFieldException(
                    baseline == null ? "baseline" : "followUp", "is required: the id of a wave");
        }
        return analysis.compare(baseline, followUp, filter(sector, board, institution), confidence);
    }

    @GET
    @ReadsOnly
    @Path("/institutions/{id}/typology")
    @Operation(summary = "The school typology profile and improvement points of an institution, parents and staff")
    public TypologyProfile typology(@PathParam("id") long id) {
        return typology.profile(id);
    }

    @GET
    @ReadsOnly
    @Path("/institutions/{id}/expectations")
    @Operation(
            summary =
                    "What parents and team expect of each other at an institution, and what matters but does not happen")
    public ExpectationsProfile expectations(@PathParam("id") long id) {
        return expectations.profile(id);
    }

    @GET
    @Path("/municipalities/{id}/settings")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    public MunicipalitySettings settings(@PathParam("id") long id) {
        return settings.get(id);
    }

    @PUT
    @Path("/municipalities/{id}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Set the privacy threshold and the population make-up used for reach")
    public MunicipalitySettings putSettings(
            @PathParam("id") long id, @Valid @NotNull(message = "a JSON body is required") MunicipalitySettings body) {
        return settings.put(id, body);
    }

    @POST
    @Path("/rebuild")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Recount every aggregate from the stored responses")
    public Map<String, Long> rebuild() {
        return Map.of("counted", aggregator.rebuild());
    }

    /** The make-up of all parents for one background question: a share per answer, and its source. */
    public record MarginRequest(Map<String, BigDecimal> shares, String source) {}

    @GET
    @Path("/municipalities/{id}/population")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "The make-up of all parents per background question, with sources")
    public List<PopulationMargin> population(@PathParam("id") long id) {
        return margins.list(id);
    }

    @PUT
    @Path("/municipalities/{id}/population/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(
            summary = "Set the make-up of all parents for one background question",
            description = "A share from 0 to 1 for every answer, adding up to 1, and where they come from")
    public PopulationMargin setPopulation(
            @PathParam("id") long id,
            @PathParam("item") String item,
            @NotNull(message = "a JSON body is required") MarginRequest body) {
        return margins.save(id, item, body.shares(), body.source());
    }

    @DELETE
    @Path("/municipalities/{id}/population/{item}")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Remove the make-up for one background question")
    public Response deletePopulation(@PathParam("id") long id, @PathParam("item") String item) {
        margins.delete(id, item);
        return Response.noContent().build();
    }

    static AnalysisService.Filter filter(String sector, Long board, Long institution) {
        return new AnalysisService.Filter(SectorParameter.parse(sector), board, institution);
    }
}
