package nl.betrokken.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;

import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.organisations.Scope;

/**
 * The one disclosure-control component: every figure about answers (dashboards, reports, the API,
 * the workbook, targets, the LEA) is read through the {@link WaveFigures} it hands out, for the
 * current user. Checking that the user may see the wave at all stays with the caller; what they may
 * see of it is decided here. One request reads each wave's published cells once.
 */
@RequestScoped
public class Disclosure {

    private final EntityManager entityManager;
    private final Scope scope;
    private final CellStore cells;
    private final ResponseCounts responses;
    private final QuestionnaireCatalog catalog;
    private final DisclosureConfig config;
    private final Map<Long, WaveFigures> read = new HashMap<>();

    public Disclosure(EntityManager entityManager, Scope scope, CellStore cells, ResponseCounts responses,
            QuestionnaireCatalog catalog, DisclosureConfig config) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.cells = cells;
        this.responses = responses;
        this.catalog = catalog;
        this.config = config;
    }

    /** The rules of a municipality. */
    public Rules rules(Municipality municipality) {
        return Rules.of(municipality, config);
    }

    public WaveFigures wave(long waveId) {
        return read.computeIfAbsent(waveId, this::load);
    }

    private WaveFigures load(long waveId) {
        @SuppressWarnings("unchecked")
        List<Object[]> wave = entityManager.createNativeQuery("select municipality_id, questionnaire_version_id from wave"
                + " where id = :id").setParameter("id", waveId).getResultList();
        if (wave.isEmpty()) {
            throw new NotFoundException("wave", waveId);
        }
        long municipalityId = ((Number) wave.get(0)[0]).longValue();
        var questionnaire = catalog.byVersionId().get(((Number) wave.get(0)[1]).longValue()).questionnaire();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select wi.id, i.id, i.name, i.board_id, i.sector, wi.population, wi.burst_size
                from wave_institution wi join institution i on i.id = wi.institution_id
                where wi.wave_id = :wave order by i.name, wi.id
                """).setParameter("wave", waveId).getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, ResponseCounts.Count> counts = responses.of(ids);
        List<Unit> units = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            units.add(new Unit(id, ((Number) row[1]).longValue(), (String) row[2], ((Number) row[3]).longValue(),
                    Sector.valueOf((String) row[4]), row[5] == null ? null : ((Number) row[5]).intValue(),
                    counts.getOrDefault(id, new ResponseCounts.Count(0, 0)).submitted(),
                    row[6] == null ? null : ((Number) row[6]).intValue()));
        }
        Rules rules = rules(Municipality.findById(municipalityId));
        return new WaveFigures(waveId, municipalityId, questionnaire, rules, units,
                unit -> scope.seesInstitution(unit.institutionId(), unit.boardId(), municipalityId), cells.published(ids));
    }
}
