package nl.betrokken.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.analysis.AnalysisService;
import nl.betrokken.analysis.BenchmarkService;
import nl.betrokken.analysis.Benchmarks;
import nl.betrokken.analysis.ChannelReport;
import nl.betrokken.analysis.ChannelReportService;
import nl.betrokken.analysis.Comparison;
import nl.betrokken.analysis.ExpectationsProfile;
import nl.betrokken.analysis.ExpectationsService;
import nl.betrokken.analysis.IndicatorTrend;
import nl.betrokken.analysis.InstitutionAnswers;
import nl.betrokken.analysis.InstitutionAnswersService;
import nl.betrokken.analysis.Reach;
import nl.betrokken.analysis.ReachService;
import nl.betrokken.analysis.TypologyProfile;
import nl.betrokken.analysis.TypologyService;
import nl.betrokken.analysis.WaveResults;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.openanswers.ThemeCounts;
import nl.betrokken.openanswers.ThemeTable;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.BoardView;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.organisations.Scope;
import nl.betrokken.organisations.Sector;
import nl.betrokken.organisations.SectorParameter;
import nl.betrokken.targets.TargetService;
import nl.betrokken.targets.TargetView;
import nl.betrokken.waves.WaveService;
import nl.betrokken.waves.WaveStatus;
import nl.betrokken.waves.WaveView;

/** Puts together what the monitor pages show; every number comes from the analysis services. */
@ApplicationScoped
@Transactional
public class MonitorService {

    /** A wave that can be chosen in a filter. */
    public record WaveChoice(long id, String name, String date, boolean selected) {}

    public record Option(String value, String label, boolean selected) {}

    /** The items of one theme (A-D) with their share of positive answers. */
    public record Theme(String id, String label, List<WaveResults.ItemResult> items) {}

    /** The municipality's dashboard; rows of answers can be downloaded only once the chosen wave has closed. */
    public record Dashboard(
            Municipality municipality,
            List<WaveChoice> waves,
            List<Option> sectors,
            List<Option> boards,
            String query,
            WaveResults results,
            Comparison comparison,
            String baselineName,
            List<TargetView> targets,
            Reach reach,
            List<Theme> themes,
            boolean rowsAvailable,
            List<IndicatorTrend> trends,
            List<ThemeTable> openAnswers,
            boolean openQuestions) {

        public int microdataThreshold() {
            return municipality.microdataThreshold;
        }

        /** The threshold the figures were computed with; before there are any, the municipality's current one. */
        public int threshold() {
            return results == null ? municipality.parentThreshold : results.threshold();
        }
    }

    public record BoardPage(Board board, List<WaveChoice> waves, WaveResults results) {}

    /** The answers per institution, with the indicators counted in institutions above them. */
    public record InstitutionsPage(WaveResults results, InstitutionAnswers answers) {}

    public record Report(
            Institution institution,
            List<WaveChoice> waves,
            WaveResults results,
            Reach reach,
            Benchmarks benchmarks,
            List<ThemeTable> openAnswers,
            TypologyProfile typology,
            ExpectationsProfile expectations) {}

    private final Scope scope;
    private final WaveService waves;
    private final AnalysisService analysis;
    private final ReachService reach;
    private final TargetService targets;
    private final TypologyService typology;
    private final OrganisationService organisations;
    private final QuestionnaireCatalog catalog;
    private final InstitutionAnswersService institutionAnswers;
    private final ExpectationsService expectations;
    private final ChannelReportService channelReports;
    private final BenchmarkService benchmarks;
    private final ThemeCounts themeCounts;

    public MonitorService(
            Scope scope,
            WaveService waves,
            AnalysisService analysis,
            ReachService reach,
            TargetService targets,
            TypologyService typology,
            OrganisationService organisations,
            QuestionnaireCatalog catalog,
            InstitutionAnswersService institutionAnswers,
            ExpectationsService expectations,
            ChannelReportService channelReports,
            BenchmarkService benchmarks,
            ThemeCounts themeCounts) {
        this.scope = scope;
        this.themeCounts = themeCounts;
        this.benchmarks = benchmarks;
        this.channelReports = channelReports;
        this.expectations = expectations;
        this.institutionAnswers = institutionAnswers;
        this.waves = waves;
        this.analysis = analysis;
        this.reach = reach;
        this.targets = targets;
        this.typology = typology;
        this.organisations = organisations;
        this.catalog = catalog;
    }

    public Dashboard dashboard(long municipalityId, Long waveId, String sector, Long boardId) {
        Municipality municipality = scope.municipality(municipalityId);
        List<WaveView> candidates = analysis.wavesWithIndicators(municipalityId);
        Sector sectorFilter = SectorParameter.parse(sector);
        List<Option> sectorOptions = new ArrayList<>();
        for (Sector s : Sector.values()) {
            sectorOptions.add(new Option(s.code(), s.dutchName(), s == sectorFilter));
        }
        List<Option> boardOptions = organisations.boards(municipalityId).stream()
                .map(b -> new Option(String.valueOf(b.id()), b.name(), boardId != null && b.id() == boardId))
                .toList();
        List<TargetView> municipalTargets = targets.ofMunicipality(municipalityId);
        if (candidates.isEmpty()) {
            return new Dashboard(
                    municipality,
                    List.of(),
                    sectorOptions,
                    boardOptions,
                    "",
                    null,
                    null,
                    null,
                    municipalTargets,
                    null,
                    List.of(),
                    false,
                    List.of(),
                    List.of(),
                    false);
        }
        WaveView selected = waveId == null
                ? candidates.get(0)
                : candidates.stream()
                        .filter(w -> w.id() == waveId)
                        .findFirst()
                        .orElseThrow(() -> new InvalidFieldException(
                                "wave", "there is no wave " + waveId + " with indicators here"));
        AnalysisService.Filter filter = new AnalysisService.Filter(sectorFilter, boardId, null);
        WaveResults results = analysis.results(selected.id(), filter, null);
        Optional<WaveView> baseline = candidates.stream()
                .filter(w -> w.questionnaireId().equals(selected.questionnaireId())
                        && w.opensOn().isBefore(selected.opensOn()))
                .min(Comparator.comparing(WaveView::opensOn));
        Comparison comparison = baseline.map(b -> analysis.compare(b.id(), selected.id(), filter, null))
                .orElse(null);
        String query = "wave=" + selected.id() + (sectorFilter == null ? "" : "&sector=" + sectorFilter.code())
                + (boardId == null ? "" : "&board=" + boardId);
        return new Dashboard(
                municipality,
                choices(candidates, selected.id()),
                sectorOptions,
                boardOptions,
                query,
                results,
                comparison,
                baseline.map(WaveView::name).orElse(null),
                municipalTargets,
                reach.reach(selected.id(), filter),
                themes(selected, results),
                selected.status() == WaveStatus.CLOSED,
                analysis.trends(selected.id(), filter),
                themeCounts.of(selected.id(), filter),
                !catalog.version(selected.questionnaireId(), selected.version())
                        .orElseThrow()
                        .questionnaire()
                        .openTextItems()
                        .isEmpty());
    }

    public InstitutionsPage institutions(long waveId, String sector, Long boardId) {
        AnalysisService.Filter filter = new AnalysisService.Filter(SectorParameter.parse(sector), boardId, null);
        InstitutionAnswers answers = institutionAnswers.answers(waveId, filter);
        return new InstitutionsPage(analysis.results(waveId, filter, null), answers);
    }

    public ChannelReport channels(long waveId, String sector, Long boardId) {
        return channelReports.report(waveId, new AnalysisService.Filter(SectorParameter.parse(sector), boardId, null));
    }

    public BoardPage board(long boardId, Long waveId) {
        Board board = scope.board(boardId);
        BoardView view = organisations.board(boardId);
        List<WaveView> candidates = analysis.wavesWithIndicators(view.municipalityId());
        if (candidates.isEmpty()) {
            return new BoardPage(board, List.of(), null);
        }
        WaveView selected = pick(candidates, waveId);
        return new BoardPage(
                board,
                choices(candidates, selected.id()),
                analysis.results(selected.id(), new AnalysisService.Filter(null, boardId, null), null));
    }

    public Report report(long institutionId, Long waveId) {
        Institution institution = scope.institution(institutionId);
        List<WaveView> candidates = waves.list().stream()
                .filter(analysis::hasIndicators)
                .filter(w -> w.institutions().stream().anyMatch(r -> r.institutionId() == institutionId))
                .toList();
        TypologyProfile profile = typology.profile(institutionId);
        ExpectationsProfile expected = expectations.profile(institutionId);
        if (candidates.isEmpty()) {
            return new Report(institution, List.of(), null, null, null, List.of(), profile, expected);
        }
        WaveView selected = pick(candidates, waveId);
        AnalysisService.Filter filter = new AnalysisService.Filter(null, null, institutionId);
        return new Report(
                institution,
                choices(candidates, selected.id()),
                analysis.results(selected.id(), filter, null),
                reach.reach(selected.id(), filter),
                benchmarks.of(selected.id(), institutionId),
                themeCounts.of(selected.id(), filter),
                profile,
                expected);
    }

    private static WaveView pick(List<WaveView> candidates, Long waveId) {
        return waveId == null
                ? candidates.get(0)
                : candidates.stream()
                        .filter(w -> w.id() == waveId)
                        .findFirst()
                        .orElseThrow(() -> new InvalidFieldException(
                                "wave", "there is no wave " + waveId + " with indicators here"));
    }

    private static List<WaveChoice> choices(List<WaveView> candidates, long selected) {
        return candidates.stream()
                .map(w -> new WaveChoice(w.id(), w.name(), w.opensOn().toString(), w.id() == selected))
                .toList();
    }

    private List<Theme> themes(WaveView wave, WaveResults results) {
        var questionnaire = catalog.version(wave.questionnaireId(), wave.version())
                .orElseThrow()
                .questionnaire();
        Map<String, Theme> themes = new LinkedHashMap<>();
        questionnaire
                .tagDimension("theme")
                .ifPresent(dimension -> dimension
                        .values()
                        .forEach(value -> themes.put(
                                value.id(),
                                new Theme(value.id(), value.label().in(StaffLanguage.CODE), new ArrayList<>()))));
        for (WaveResults.ItemResult item : results.items()) {
            String theme = item.tags() == null ? null : item.tags().get("theme");
            if (theme != null && themes.containsKey(theme)) {
                themes.get(theme).items().add(item);
            }
        }
        return List.copyOf(themes.values());
    }
}
