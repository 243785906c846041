package nl.betrokken.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.waves.WaveInstitution;

/**
 * Response rates per institution and overall, and the make-up of respondents by the background
 * questions (the single-choice items of the first page) next to the population, where the
 * municipality entered it, so under-represented groups show.
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
        for (WaveInstitution row : s.rows()) {
            long n = s.snapshot().respondents(List.of(row.id));
            institutions.add(new Reach.InstitutionReach(row.institution.id, row.institution.name, row.institution.sector.code(), n,
                    row.population, row.population == null || row.population == 0 ? null : (double) n / row.population));
        }
        long respondents = s.snapshot().respondents(s.ids());
        Integer population = WaveInstitution.population(s.rows());
        Map<String, Map<String, Double>> shares = populationShares(s.visible().wave().municipalityId);
        List<Reach.MakeUp> makeUp = new ArrayList<>();
        Questionnaire q = s.questionnaire();
        for (Item item : q.pages().get(0).items()) {
            if (item.type() == ItemType.SINGLE_CHOICE && !item.twoMode()) {
                makeUp.add(makeUp(s, item, shares.getOrDefault(item.id(), Map.of())));
            }
        }
        return new Reach(waveId, respondents, population == null ? null : population.longValue(),
                population == null || population == 0 ? null : (double) respondents / population, institutions, makeUp);
    }

    private Reach.MakeUp makeUp(AnalysisService.Selection s, Item item, Map<String, Double> population) {
        Map<String, Long> answers = s.snapshot().answers(s.ids(), item.id());
        long answered = answers.getOrDefault("*", 0L);
        Map<String, Long> sizes = new LinkedHashMap<>();
        item.allOptions().forEach(o -> sizes.put(o.id(), answers.getOrDefault(o.id(), 0L)));
        Set<String> hidden = Suppression.hidden(sizes, s.threshold(), true);
        List<Reach.Group> groups = new ArrayList<>();
        for (AnswerOption option : item.allOptions()) {
            Double populationShare = population.get(option.id());
            if (hidden.contains(option.id()) || answered < s.threshold()) {
                groups.add(new Reach.Group(option.id(), option.label().in("nl"), null, null, populationShare, null, null, true));
                continue;
            }
            long n = sizes.get(option.id());
            double share = answered == 0 ? 0 : (double) n / answered;
            Double representation = populationShare == null || populationShare == 0 ? null : share / populationShare;
            groups.add(new Reach.Group(option.id(), option.label().in("nl"), n, share, populationShare, representation,
                    representation == null ? null : representation < config.underRepresentedBelow(), false));
        }
        return new Reach.MakeUp(item.id(), item.text().in("nl"), groups);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Double>> populationShares(long municipalityId) {
        Map<String, Map<String, Double>> shares = new HashMap<>();
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select item_key, answer, share from population_share where municipality_id = :m")
                .setParameter("m", municipalityId).getResultList();
        for (Object[] row : rows) {
            shares.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], ((BigDecimal) row[2]).doubleValue());
        }
        return shares;
    }
}
