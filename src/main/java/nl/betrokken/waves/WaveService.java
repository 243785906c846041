package nl.betrokken.waves;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.ForbiddenException;
import nl.betrokken.audit.AuditLog;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.organisations.Institution;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Scope;
import nl.betrokken.security.Tokens;

/** Opening waves, handing out links and codes, and following how many have answered. */
@ApplicationScoped
@Transactional
public class WaveService {

    private final Scope scope;
    private final QuestionnaireCatalog catalog;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    public WaveService(Scope scope, QuestionnaireCatalog catalog, AuditLog audit, CurrentUser currentUser) {
        this.scope = scope;
        this.catalog = catalog;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    public WaveView create(WaveRequest request) {
        QuestionnaireCatalog.Entry entry = (request.version() == null ? catalog.latest(request.questionnaireId())
                : catalog.version(request.questionnaireId(), request.version()))
                .orElseThrow(() -> new InvalidFieldException(request.version() == null ? "questionnaireId" : "version",
                        "there is no questionnaire '" + request.questionnaireId() + "'"
                                + (request.version() == null ? "" : " version " + request.version())));
        if (request.closesOn().isBefore(request.opensOn())) {
            throw new InvalidFieldException("closesOn", "must be on or after opensOn");
        }
        if (request.closesOn().isBefore(Dates.today())) {
            throw new InvalidFieldException("closesOn", "is in the past; a wave must still be open on some day");
        }
        List<Institution> institutions = new ArrayList<>();
        for (Long id : request.institutionIds().stream().distinct().toList()) {
            Institution institution = id == null ? null : Institution.findById(id);
            if (institution == null || !scope.sees(institution)) {
                // the same words whether it exists elsewhere or not at all: ids cannot be probed
                throw new InvalidFieldException("institutionIds", "there is no institution with id " + id);
            }
            institutions.add(institution);
        }
        long municipality = institutions.get(0).board.municipality.id;
        if (institutions.stream().anyMatch(i -> i.board.municipality.id != municipality)) {
            throw new InvalidFieldException("institutionIds", "must all lie in one municipality");
        }
        Wave wave = open(request.name().strip(), entry, request.opensOn(), request.closesOn(), request.access(), institutions,
                currentUser.get().map(u -> u.id()).orElse(null));
        audit.record("created", "wave", wave.id, municipality, wave.name + " (" + entry.questionnaire().id() + " v"
                + entry.questionnaire().version() + ", " + institutions.size() + " institutions)");
        return view(wave);
    }

    /**
     * Stores a wave for institutions already checked to be in scope, each with its own link and the
     * population its response rate counts against. Also used by the demo data, which has no user.
     */
    public Wave open(String name, QuestionnaireCatalog.Entry entry, java.time.LocalDate opensOn, java.time.LocalDate closesOn,
            Access access, List<Institution> institutions, Long createdBy) {
        Wave wave = new Wave();
        wave.municipalityId = institutions.get(0).board.municipality.id;
        wave.name = name;
        wave.questionnaireVersionId = entry.versionId();
        wave.opensOn = opensOn;
        wave.closesOn = closesOn;
        wave.createdBy = createdBy;
        wave.persist();
        Audience audience = entry.questionnaire().audience();
        for (Institution institution : institutions) {
            WaveInstitution row = new WaveInstitution();
            row.wave = wave;
            row.institution = institution;
            row.access = access;
            row.slug = Tokens.newToken().substring(0, 22);
            row.population = switch (audience) {
                case PARENT -> institution.parentCount;
                case STAFF -> institution.staffCount;
                case INSTITUTION, LEA_PARTNER -> 1;
            };
            row.persist();
        }
        return wave;
    }

    public List<WaveView> list() {
        String query = "select distinct w from Wave w, WaveInstitution wi where wi.wave = w and "
                + scope.institutions("wi.institution") + " order by w.opensOn desc, w.id desc";
        var typed = Panache.getEntityManager().createQuery(query, Wave.class);
        scope.parameters(query).forEach(typed::setParameter);
        return typed.getResultList().stream().map(this::view).toList();
    }

    public WaveView get(long id) {
        return view(visibleWave(id));
    }

    /** Ends a wave today. Only someone who sees every institution in it may. */
    public WaveView close(long id) {
        Wave wave = visibleWave(id);
        if (rows(wave).size() != WaveInstitution.count("wave", wave)) {
            throw new ForbiddenException("this wave includes institutions outside your organisation");
        }
        if (wave.closedEarlyOn == null) {
            wave.closedEarlyOn = Dates.today();
            audit.record("closed", "wave", wave.id, wave.municipalityId, wave.name);
        }
        return view(wave);
    }

    public CodesView generateCodes(long waveId, long institutionId, int count) {
        Wave wave = visibleWave(waveId);
        WaveInstitution row = rows(wave).stream().filter(r -> r.institution.id == institutionId).findFirst()
                .orElseThrow(() -> new NotFoundException("institution in this wave", institutionId));
        if (wave.status(Dates.today()) == WaveStatus.CLOSED) {
            throw new InvalidFieldException("waveId", "the wave is closed; codes for it would be of no use");
        }
        List<String> codes = new ArrayList<>(count);
        OffsetDateTime hour = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < count; i++) {
            String code = AccessCodes.generate();
            AccessCode stored = new AccessCode();
            stored.waveInstitutionId = row.id;
            stored.codeHash = AccessCodes.hash(AccessCodes.normalise(code).orElseThrow());
            stored.createdAt = hour;
            stored.persist();
            codes.add(code);
        }
        audit.record("codes-generated", "wave", wave.id, wave.municipalityId, count + " codes for " + row.institution.name);
        return new CodesView(wave.id, row.institution.id, row.institution.name, "/s/" + row.slug, codes);
    }

    /** A wave and its institutions the current user may see; not found when there are none. */
    public record Visible(Wave wave, List<WaveInstitution> rows, QuestionnaireCatalog.Entry questionnaire) {
    }

    public Visible visible(long id) {
        Wave wave = visibleWave(id);
        return new Visible(wave, rows(wave), catalog.byVersionId().get(wave.questionnaireVersionId));
    }

    /** The waves of one questionnaire that include this institution, oldest first; scope is the caller's business. */
    public List<Wave> wavesWith(String questionnaireId, long institutionId) {
        List<Long> versions = catalog.byVersionId().values().stream()
                .filter(e -> e.questionnaire().id().equals(questionnaireId)).map(QuestionnaireCatalog.Entry::versionId).toList();
        if (versions.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager().createQuery("select distinct w from Wave w, WaveInstitution wi where wi.wave = w"
                + " and wi.institution.id = :institution and w.questionnaireVersionId in :versions order by w.opensOn, w.id",
                Wave.class).setParameter("institution", institutionId).setParameter("versions", versions).getResultList();
    }

    private Wave visibleWave(long id) {
        Wave wave = Wave.findById(id);
        if (wave == null || rows(wave).isEmpty()) {
            throw new NotFoundException("wave", id);
        }
        return wave;
    }

    /** The wave's institutions the current user may see. */
    private List<WaveInstitution> rows(Wave wave) {
        String query = "from WaveInstitution wi join fetch wi.institution i where wi.wave = :wave and "
                + scope.institutions("i") + " order by i.name";
        var typed = Panache.getEntityManager().createQuery(query, WaveInstitution.class).setParameter("wave", wave);
        scope.parameters(query).forEach(typed::setParameter);
        return typed.getResultList();
    }

    private WaveView view(Wave wave) {
        QuestionnaireCatalog.Entry entry = catalog.byVersionId().get(wave.questionnaireVersionId);
        Questionnaire questionnaire = entry.questionnaire();
        List<WaveInstitution> rows = rows(wave);
        Map<Long, long[]> counts = counts(rows);
        List<WaveView.InstitutionRow> institutions = rows.stream().map(row -> {
            long[] c = counts.getOrDefault(row.id, new long[2]);
            Double rate = row.population == null || row.population == 0 ? null : (double) c[0] / row.population;
            return new WaveView.InstitutionRow(row.institution.id, row.institution.name, row.access, "/s/" + row.slug,
                    row.population, c[0], c[1], rate);
        }).toList();
        return new WaveView(wave.id, wave.name, wave.municipalityId, questionnaire.id(), questionnaire.version(),
                questionnaire.audience(), questionnaire.title().in("nl"), wave.opensOn, wave.closesOn,
                wave.status(Dates.today()), institutions);
    }

    /**
     * Submitted and in-progress responses per wave institution. Sent responses come from the kept
     * count plus the few not counted yet, so this stays fast at a million responses and exact.
     */
    private static Map<Long, long[]> counts(List<WaveInstitution> rows) {
        Map<Long, long[]> counts = new HashMap<>();
        if (rows.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = Panache.getEntityManager().createNativeQuery("""
                select wi.id,
                       coalesce((select rc.respondents from respondent_count rc where rc.wave_institution_id = wi.id), 0)
                         + (select count(*) from response r
                            where r.status = 'SUBMITTED' and not r.aggregated and r.wave_institution_id = wi.id),
                       (select count(*) from response r where r.wave_institution_id = wi.id and r.status = 'IN_PROGRESS')
                from wave_institution wi where wi.id in (:ids)
                """).setParameter("ids", rows.stream().map(r -> r.id).toList()).getResultList();
        for (Object[] line : result) {
            counts.put(((Number) line[0]).longValue(), new long[] { ((Number) line[1]).longValue(), ((Number) line[2]).longValue() });
        }
        return counts;
    }
}
