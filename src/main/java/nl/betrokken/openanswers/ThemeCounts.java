package nl.betrokken.openanswers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.analysis.AnalysisService;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.waves.WaveService;

/**
 * The theme counts of a wave's open answers as figures for the monitor, the school report and the
 * workbook: read from the published theme cells through {@link WaveFigures#themes}, so the same rules
 * hold as for every other count. Quotes come only with one school's own figure, and only when it is shown.
 */
@ApplicationScoped
@Transactional
public class ThemeCounts {

    private final WaveService waves;
    private final Disclosure disclosure;
    private final EntityManager entityManager;

    public ThemeCounts(WaveService waves, Disclosure disclosure, EntityManager entityManager) {
        this.waves = waves;
        this.disclosure = disclosure;
        this.entityManager = entityManager;
    }

    /** The tables of a group: the whole wave, or one school. */
    public record Group(String name, List<ThemeTable> tables) {}

    /** The whole wave and then every school the viewer sees, each with its tables; empty without themes. */
    public List<Group> ofEverySchool(long waveId) {
        Wave wave = wave(waveId);
        if (wave == null) {
            return List.of();
        }
        List<Unit> units = wave.figures().visibleUnits();
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("Alle scholen", tables(wave, units)));
        for (Unit unit : units) {
            groups.add(new Group(unit.name(), tables(wave, List.of(unit))));
        }
        return groups;
    }

    /** A table per open question of the wave; none when the municipality has no themes for the questionnaire. */
    public List<ThemeTable> of(long waveId, AnalysisService.Filter filter) {
        Wave wave = wave(waveId);
        if (wave == null) {
            return List.of();
        }
        List<Unit> group =
                wave.figures().visibleUnits().stream().filter(filter::includes).toList();
        return group.isEmpty() ? List.of() : tables(wave, group);
    }

    private record Wave(Questionnaire questionnaire, List<OpenTheme> themes, WaveFigures figures) {}

    /** The wave with its themes and figures; null when the municipality has no themes for its questionnaire. */
    private Wave wave(long waveId) {
        WaveService.Visible visible = waves.visible(waveId);
        Questionnaire questionnaire = visible.questionnaire().questionnaire();
        List<OpenTheme> themes = OpenTheme.listOf(visible.wave().municipalityId, questionnaire.id());
        return themes.isEmpty() ? null : new Wave(questionnaire, themes, disclosure.wave(waveId));
    }

    private List<ThemeTable> tables(Wave wave, List<Unit> group) {
        List<ThemeTable> tables = new ArrayList<>();
        for (Item item :
                wave.questionnaire().items().filter(i -> i.type().isOpenText()).toList()) {
            Aggregate counts = wave.figures().themes(item.id(), group);
            String question = item.text().in(StaffLanguage.CODE);
            if (!counts.shown()) {
                tables.add(new ThemeTable(item.id(), question, counts.withheld(), 0, 0, counts.leftOut(), List.of()));
                continue;
            }
            long coded = counts.count("*");
            Map<Long, List<String>> quotes =
                    group.size() == 1 ? quotes(group.get(0).waveInstitutionId(), item.id()) : Map.of();
            List<ThemeTable.Row> rows = new ArrayList<>();
            for (OpenTheme theme : wave.themes()) {
                long n = counts.count(String.valueOf(theme.id));
                rows.add(new ThemeTable.Row(
                        theme.label, n, coded == 0 ? 0 : (double) n / coded, quotes.getOrDefault(theme.id, List.of())));
            }
            tables.add(new ThemeTable(item.id(), question, null, coded, counts.institutions(), counts.leftOut(), rows));
        }
        return tables;
    }

    /** The chosen quotes of one school per theme, masked. */
    private Map<Long, List<String>> quotes(long waveInstitutionId, String itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select a.theme_id, r.answers->>:item from open_answer_coding c
                        join open_answer_theme a on a.response_id = c.response_id and a.item_id = c.item_id
                        join response r on r.id = c.response_id
                        where c.item_id = :item and c.quote and r.wave_institution_id = :unit
                        order by md5(r.id::text), r.id
                        """)
                .setParameter("item", itemId)
                .setParameter("unit", waveInstitutionId)
                .getResultList();
        Map<Long, List<String>> quotes = new HashMap<>();
        rows.forEach(r -> quotes.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                .add(OpenAnswerMask.mask((String) r[1])));
        return quotes;
    }
}
