package nl.betrokken.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;
import nl.betrokken.organisations.Sector;

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
    private final Map<List<Long>, WaveFigures> readForInstitution = new HashMap<>();

    public Disclosure(
            EntityManager entityManager,
            Scope scope,
            CellStore cells,
            ResponseCounts responses,
            QuestionnaireCatalog catalog,
            DisclosureConfig config) {
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
        return read.computeIfAbsent(waveId, id -> load(id, null));
    }

    /**
     * The figures of one wave as the institution's own lead sees them, whoever asks: for the page a
     * school publishes to its parents about what it did with their answers, which has no logged-in
     * reader. The same thresholds and published cells as everywhere; only that one institution is
     * "seen", so nothing of another school can enter a figure. The caller decides that the school
     * publishes (it has a plan with actions); what may be published of it is decided here.
     */
    public WaveFigures ofInstitution(long waveId, long institutionId) {
        return readForInstitution.computeIfAbsent(List.of(waveId, institutionId), key -> load(waveId, institutionId));
    }

    /** The wave's figures for the current user, or, with an institution, as that institution's lead. */
    private WaveFigures load(long waveId, Long asInstitution) {
        record WaveRow(long municipalityId, long versionId) {}
        @SuppressWarnings("unchecked")
        WaveRow wave = ((List<Object[]>) entityManager
                        .createNativeQuery(
                                "select municipality_id, questionnaire_version_id" + " from wave where id = :id")
                        .setParameter("id", waveId)
                        .getResultList())
                .stream()
                        .map(r -> new WaveRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("wave", waveId));
        long municipalityId = wave.municipalityId();
        var questionnaire = catalog.byVersionId().get(wave.versionId()).questionnaire();
        record UnitRow(
                long id,
                long institutionId,
                String name,
                long boardId,
                Sector sector,
                Integer population,
                Integer burstSize) {}
        @SuppressWarnings("unchecked")
        List<UnitRow> rows = ((List<Object[]>) entityManager
                        .createNativeQuery("""
                select wi.id, i.id, i.name, i.board_id, i.sector, wi.population, wi.burst_size
                from wave_institution wi join institution i on i.id = wi.institution_id
                where wi.wave_id = :wave order by i.name, wi.id
                """)
                        .setParameter("wave", waveId)
                        .getResultList())
                .stream()
                        .map(r -> new UnitRow(
                                ((Number) r[0]).longValue(),
                                ((Number) r[1]).longValue(),
                                (String) r[2],
                                ((Number) r[3]).longValue(),
                                Sector.valueOf((String) r[4]),
                                nullableInt(r[5]),
                                nullableInt(r[6])))
                        .toList();
        List<Long> ids = rows.stream().map(UnitRow::id).toList();
        Map<Long, ResponseCounts.Count> counts = responses.of(ids);
        List<Unit> units = new ArrayList<>();
        for (UnitRow row : rows) {
            units.add(new Unit(
                    row.id(),
                    row.institutionId(),
                    row.name(),
                    row.boardId(),
                    row.sector(),
                    row.population(),
                    counts.getOrDefault(row.id(), new ResponseCounts.Count(0, 0))
                            .submitted(),
                    row.burstSize()));
        }
        Rules rules = rules(Municipality.findById(municipalityId));
        return new WaveFigures(
                waveId,
                municipalityId,
                questionnaire,
                rules,
                units,
                asInstitution == null
                        ? unit -> scope.seesInstitution(unit.institutionId(), unit.boardId(), municipalityId)
                        : unit -> unit.institutionId() == asInstitution,
                cells.published(ids));
    }

    private static Integer nullableInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
