package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Unit;

/**
 * Response rates per institution and overall (live), and the make-up of respondents by the
 * background questions next to the population, where the municipality entered it, so
 * under-represented groups show.
 */
@ApplicationScoped
@Transactional
public class ReachService {

    private final AnalysisService analysis;
    private final AnalysisConfig config;

    public ReachService(AnalysisService analysis, AnalysisConfig config) {
        this.analysis = analysis;
        this.config = config;
    }

    public Reach reach(long waveId, AnalysisService.Filter filter) {
        AnalysisService.Selection s = analysis.select(waveId, filter, null);
        List<Reach.InstitutionReach> institutions = new ArrayList<>();
        for (Unit unit : s.units()) {
            institutions.add(new Reach.InstitutionReach(
                    unit.institutionId(),
                    unit.name(),
                    unit.sector().code(),
                    unit.respondents(),
                    unit.population(),
                    unit.population() == null || unit.population() == 0
                            ? null
                            : (double) unit.respondents() / unit.population(),
                    unit.warnings()));
        }
        long respondents = s.figures().respondents(s.units());
        Integer population = AnalysisService.population(s.units());
        Map<String, Map<String, Double>> shares = populationShares(s.figures().municipalityId());
        List<Reach.MakeUp> makeUp = new ArrayList<>();
        for (Item item : s.questionnaire().backgroundItems()) {
            makeUp.add(makeUp(
                    item, s.figures().distribution(item.id(), s.units()), shares.getOrDefault(item.id(), Map.of())));
        }
        return new Reach(
                waveId,
                respondents,
                population == null ? null : population.longValue(),
                population == null || population == 0 ? null : (double) respondents / population,
                institutions,
                makeUp);
    }

    Reach.MakeUp makeUp(Item item, Aggregate counts, Map<String, Double> population) {
        List<Reach.Group> groups = new ArrayList<>();
        long answered = counts.count("*");
        for (AnswerOption option : item.allOptions()) {
            Double populationShare = population.get(option.id());
            if (!counts.shown()) {
                groups.add(new Reach.Group(
                        option.id(), option.label().in(StaffLanguage.CODE), null, null, populationShare, null, null));
                continue;
            }
            long n = counts.count(option.id());
            double share = (double) n / answered;
            Double representation = populationShare == null || populationShare == 0 ? null : share / populationShare;
            groups.add(new Reach.Group(
                    option.id(),
                    option.label().in(StaffLanguage.CODE),
                    n,
                    share,
                    populationShare,
                    representation,
                    representation == null ? null : representation < config.underRepresentedBelow()));
        }
        return new Reach.MakeUp(
                item.id(),
                item.text().in(StaffLanguage.CODE),
                !counts.shown(),
                counts.withheld(),
                counts.shown() ? answered : null,
                counts.leftOut() == 0 ? null : counts.leftOut(),
                groups);
    }

    static Map<String, Map<String, Double>> populationShares(long municipalityId) {
        Map<String, Map<String, Double>> shares = new HashMap<>();
        for (PopulationShare share : PopulationShare.ofMunicipality(municipalityId)) {
            shares.computeIfAbsent(share.itemKey, k -> new HashMap<>()).put(share.answer, share.share.doubleValue());
        }
        return shares;
    }
}
