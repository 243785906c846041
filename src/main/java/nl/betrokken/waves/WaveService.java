package nl.betrokken.waves;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.DisclosureConfig;
import nl.betrokken.disclosure.Publication;
import nl.betrokken.disclosure.ResponseCounts;
import nl.betrokken.disclosure.Warning;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Scope;
import nl.betrokken.security.AuditLog;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import nl.betrokken.security.Tokens;
import nl.betrokken.waves.paper.PaperPrinting;

/** Opening waves, handing out links and codes, and following how many have answered. */
@ApplicationScoped
@Transactional
public class WaveService {

    private final Scope scope;
    private final QuestionnaireCatalog catalog;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ResponseCounts responses;
    private final Publication publication;
    private final DisclosureConfig disclosure;

    public WaveService(
            Scope scope,
            QuestionnaireCatalog catalog,
            AuditLog audit,
            CurrentUser currentUser,
            ResponseCounts responses,
            Publication publication,
            DisclosureConfig disclosure) {
        this.scope = scope;
        this.catalog = catalog;
        this.audit = audit;
        this.currentUser = currentUser;
        this.responses = responses;
        this.publication = publication;
        this.disclosure = disclosure;
    }

    public WaveView create(WaveRequest request) {
        QuestionnaireCatalog.Entry entry = (request.version() == null
                        ? catalog.latest(request.questionnaireId())
                        : catalog.version(request.questionnaireId(), request.version()))
                .orElseThrow(() -> new InvalidFieldException(
                        request.version() == null ? "questionnaireId" : "version",
                        "there is no questionnaire '" + request.questionnaireId() + "'"
                                + (request.version() == null ? "" : " version " + request.version()),
                        "wave_questionnaire_unknown"));
        if (request.closesOn().isBefore(request.opensOn())) {
            throw new InvalidFieldException("closesOn", "must be on or after opensOn", "wave_closes_before_opens");
        }
        if (request.closesOn().isBefore(Dates.today())) {
            throw new InvalidFieldException(
                    "closesOn", "is in the past; a wave must still be open on some day", "wave_closes_in_past");
        }
        List<Long> ids = request.institutionIds().stream().distinct().toList();
        Map<Long, Institution> found = Institution.withBoards(
                        ids.stream().filter(Objects::nonNull).toList())
                .stream()
                .collect(Collectors.toMap(i -> i.id, i -> i));
        List<Institution> institutions = new ArrayList<>();
        for (Long id : ids) {
            Institution institution = found.get(id);
            if (institution == null || !scope.sees(institution)) {
                // the same words whether it exists elsewhere or not at all: ids cannot be probed
                throw new InvalidFieldException(
                        "institutionIds", "there is no institution with id " + id, "wave_institution_unknown");
            }
            if (institution.archived()) {
                throw new InvalidFieldException(
                        "institutionIds",
                        institution.name + " is archived and takes part in no new wave",
                        "wave_institution_archived",
                        institution.name);
            }
            institutions.add(institution);
        }
        long municipality = institutions.get(0).board.municipality.id;
        if (institutions.stream().anyMatch(i -> i.board.municipality.id != municipality)) {
            throw new InvalidFieldException(
                    "institutionIds", "must all lie in one municipality", "wave_institutions_one_municipality");
        }
        Wave wave = open(
                request.name().strip(),
                entry,
                request.opensOn(),
                request.closesOn(),
                request.access(),
                institutions,
                currentUser.get().map(u -> u.id()).orElse(null));
        audit.record(
                "created",
                "wave",
                wave.id,
                municipality,
                wave.name + " (" + entry.questionnaire().id() + " v"
                        + entry.questionnaire().version() + ", " + institutions.size() + " institutions)");
        return view(wave, true);
    }

    /**
     * Stores a wave for institutions already checked to be in scope, each with its own link and the
     * population its response rate counts against. Also used by the demo data, which has no user.
     */
    public Wave open(
            String name,
            QuestionnaireCatalog.Entry entry,
            LocalDate opensOn,
            LocalDate closesOn,
            Access access,
            List<Institution> institutions,
            Long createdBy) {
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
            join(wave, institution, access, audience);
        }
        return wave;
    }

    /** One institution's own way into a wave, with the population its response rate counts against. */
    private static WaveInstitution join(Wave wave, Institution institution, Access access, Audience audience) {
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
        return row;
    }

    public List<WaveView> list() {
        return Wave.seenIn(scope).stream().map(w -> view(w, false)).toList();
    }

    /** One wave without its links, for pages about it that need its name and dates. */
    public WaveView summary(long id) {
        return view(visibleWave(id), false);
    }

    /** One wave with its links; who looked at the links of which wave is written to the audit trail. */
    public WaveView get(long id) {
        Wave wave = visibleWave(id);
        WaveView view = view(wave, true);
        audit.record(
                "viewed-links",
                "wave",
                wave.id,
                wave.municipalityId,
                view.institutions().size() + " institutions: "
                        + String.join(
                                ", ",
                                view.institutions().stream()
                                        .map(WaveView.InstitutionRow::institution)
                                        .toList()));
        return view;
    }

    /** Ends a wave today and publishes its final figures. Only someone who sees every institution in it may. */
    public WaveView close(long id) {
        Wave wave = wholeWave(id);
        if (wave.closedEarlyOn == null) {
            wave.closedEarlyOn = Dates.today();
            audit.record("closed", "wave", wave.id, wave.municipalityId, wave.name);
            var entityManager = Panache.getEntityManager();
            entityManager.flush();
            publication.publish(wave.id, Publication.Occasion.FINAL);
            entityManager.refresh(wave);
        }
        return view(wave, false);
    }

    /**
     * The wave page: the wave with its links (audited as {@link #get} is), whether the user may change
     * it, the schools they could add, the growth of each school's response, and the letter languages.
     */
    public WavePage page(long id) {
        WaveView view = get(id);
        Wave wave = visibleWave(id);
        List<WaveInstitution> rows = rows(wave);
        boolean manageable = rows.size() == WaveInstitution.countOf(wave);
        List<WavePage.Choice> addable = manageable && view.status() != WaveStatus.CLOSED
                ? addable(wave).stream()
                        .map(i -> new WavePage.Choice(i.id, i.name))
                        .toList()
                : List.of();
        Map<Long, TreeMap<LocalDate, Long>> perDay =
                responses.cumulativePerDay(rows.stream().map(r -> r.id).toList());
        Map<Long, List<WavePage.Day>> progress = new HashMap<>();
        for (WaveInstitution row : rows) {
            progress.put(row.institution.id, days(wave, perDay.getOrDefault(row.id, new TreeMap<>())));
        }
        Questionnaire questionnaire =
                catalog.byVersionId().get(wave.questionnaireVersionId).questionnaire();
        boolean paper = PaperPrinting.offered(questionnaire.audience());
        List<WavePage.Choice> channels = WaveChannel.ofWave(wave).stream()
                .map(c -> new WavePage.Choice(c.id, c.name))
                .toList();
        return new WavePage(view, manageable, addable, progress, Letter.others(questionnaire), paper, channels);
    }

    /** The most days a progress chart covers: the last ones, so that a wave open for a year stays readable. */
    static final int MAX_PROGRESS_DAYS = 92;

    /** Every day from the opening to today (or the last open day), with the responses sent by its end. */
    private static List<WavePage.Day> days(Wave wave, TreeMap<LocalDate, Long> cumulative) {
        LocalDate today = Dates.today();
        LocalDate last = wave.closesOn;
        if (wave.closedEarlyOn != null && wave.closedEarlyOn.isBefore(last)) {
            last = wave.closedEarlyOn;
        }
        if (today.isBefore(last)) {
            last = today;
        }
        LocalDate first = wave.opensOn;
        if (first.isBefore(last.minusDays(MAX_PROGRESS_DAYS - 1))) {
            first = last.minusDays(MAX_PROGRESS_DAYS - 1);
        }
        List<WavePage.Day> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Map.Entry<LocalDate, Long> sent = cumulative.floorEntry(day);
            days.add(new WavePage.Day(day, sent == null ? 0 : sent.getValue()));
        }
        return days;
    }

    /** The institutions the user sees in the wave's municipality that are not in the wave yet nor archived, by name. */
    private List<Institution> addable(Wave wave) {
        Set<Long> taking = WaveInstitution.ofWaveWithInstitution(wave).stream()
                .map(r -> r.institution.id)
                .collect(Collectors.toSet());
        return Institution.seenIn(scope, null, wave.municipalityId, null).stream()
                .filter(i -> !taking.contains(i.id) && !i.archived())
                .sorted(Comparator.comparing((Institution i) -> i.name))
                .toList();
    }

    /**
     * Changes an open wave: closes it today, or moves its closing date (not before it opens, not in the
     * past). Only someone who sees every institution in it may, as for closing.
     */
    public WaveView change(long id, WaveChange change) {
        if (change == null || (change.closesOn() == null) == (change.status() == null)) {
            throw new InvalidFieldException(
                    "closesOn",
                    "give either closesOn (a date such as 2027-03-31) or status \"closed\"",
                    "wave_change_one");
        }
        if (change.status() != null) {
            if (!WaveStatus.CLOSED.code().equals(change.status())) {
                throw new InvalidFieldException(
                        "status",
                        "can only be \"closed\": a wave closes, it is not opened again",
                        "wave_status_closed_only");
            }
            return close(id);
        }
        return closesOn(id, change.closesOn());
    }

    /** Moves the closing date of a wave that has not closed yet; the last day is still open. */
    public WaveView closesOn(long id, LocalDate closesOn) {
        Wave wave = wholeWave(id);
        requireNotClosed(wave);
        if (closesOn.isBefore(wave.opensOn)) {
            throw new InvalidFieldException(
                    "closesOn",
                    "must be on or after the opening day " + wave.opensOn,
                    "wave_closes_before_opening",
                    StaffLanguage.date(wave.opensOn));
        }
        if (closesOn.isBefore(Dates.today())) {
            throw new InvalidFieldException(
                    "closesOn", "is in the past; a wave must still be open on some day", "wave_closes_in_past");
        }
        LocalDate before = wave.closesOn;
        if (!before.equals(closesOn)) {
            wave.closesOn = closesOn;
            audit.record(
                    "closing-date-changed",
                    "wave",
                    wave.id,
                    wave.municipalityId,
                    wave.name + ": closes on " + closesOn + " instead of " + before);
        }
        return view(wave, false);
    }

    /** Adds a school the user sees, of the wave's municipality, with its own link (or codes, as the others). */
    public WaveView addInstitution(long id, long institutionId) {
        Wave wave = wholeWave(id);
        requireNotClosed(wave);
        Institution institution = addable(wave).stream()
                .filter(i -> i.id == institutionId)
                .findFirst()
                .orElseThrow(() -> {
                    boolean inWave = WaveInstitution.ofWaveWithInstitution(wave).stream()
                            .anyMatch(r -> r.institution.id == institutionId);
                    return inWave
                            ? new InvalidFieldException(
                                    "institutionId", "is already in this wave", "wave_institution_already_in")
                            // the same words whether it exists elsewhere or not at all: ids cannot be probed
                            : new InvalidFieldException(
                                    "institutionId",
                                    "there is no institution with id " + institutionId + " in this wave's municipality",
                                    "wave_institution_not_addable");
                });
        Access access = WaveInstitution.anyOf(wave).map(r -> r.access).orElse(Access.LINK);
        Audience audience = catalog.byVersionId()
                .get(wave.questionnaireVersionId)
                .questionnaire()
                .audience();
        ChannelService.join(join(wave, institution, access, audience));
        audit.record("institution-added", "wave", wave.id, wave.municipalityId, wave.name + ": " + institution.name);
        return view(wave, false);
    }

    /**
     * Takes a school out of a wave before anyone answered there (sent or started): its link stops working
     * and its unused codes go. A school with responses stays, so that no answer loses its wave.
     */
    public Removal removeInstitution(long id, long institutionId) {
        Wave wave = wholeWave(id);
        requireNotClosed(wave);
        WaveInstitution row = row(wave, institutionId);
        // locked first: a parent who starts on the link now waits, and then finds it gone
        WaveInstitution locked = WaveInstitution.findById(row.id, LockModeType.PESSIMISTIC_WRITE);
        ResponseCounts.Count count =
                responses.of(List.of(locked.id)).getOrDefault(locked.id, new ResponseCounts.Count(0, 0));
        long answered = count.submitted() + count.inProgress();
        if (answered > 0) {
            throw new ConflictException(
                    row.institution.name + " has " + answered + " responses (sent or started) in this wave;"
                            + " a school with responses stays in its wave",
                    "wave_institution_has_responses",
                    row.institution.name,
                    answered);
        }
        if (WaveInstitution.countOf(wave) == 1) {
            throw new ConflictException(
                    "a wave needs at least one institution; close it instead", "wave_last_institution");
        }
        String name = row.institution.name;
        AccessCode.deleteOf(locked.id);
        ChannelService.leave(locked);
        locked.delete();
        audit.record("institution-removed", "wave", wave.id, wave.municipalityId, wave.name + ": " + name);
        return new Removal(name, view(wave, false));
    }

    /** The school that left a wave, and the wave without it. */
    public record Removal(String institution, WaveView wave) {}

    private static void requireNotClosed(Wave wave) {
        if (wave.status(Dates.today()) == WaveStatus.CLOSED) {
            throw new ConflictException(
                    "the wave is closed; a closed wave is not changed or opened again", "wave_closed_no_changes");
        }
    }

    /**
     * Publishes the figures of an open wave now, before an LEA meeting say, instead of waiting for the
     * daily publication; a figure still changes only when enough new answers came in. For the
     * municipality (analysts and administrators).
     */
    public Publication.Outcome publishNow(long id) {
        requireMunicipality();
        Wave wave = wholeWave(id);
        Publication.Outcome outcome = publication.publish(
                wave.id,
                wave.status(Dates.today()) == WaveStatus.CLOSED
                        ? Publication.Occasion.FINAL
                        : Publication.Occasion.NOW);
        audit.record(
                "published",
                "wave",
                wave.id,
                wave.municipalityId,
                outcome.published() + " figure cells published, " + outcome.heldBack() + " wait for more answers");
        return outcome;
    }

    /** Sets how many single-use codes an institution may have; for the municipality. */
    public WaveView codeLimit(long waveId, long institutionId, int limit) {
        requireMunicipality();
        Wave wave = visibleWave(waveId);
        WaveInstitution row = row(wave, institutionId);
        row.codeLimit = limit;
        audit.record(
                "code-limit-set",
                "wave",
                wave.id,
                wave.municipalityId,
                row.institution.name + ": at most " + limit + " codes");
        return view(wave, false);
    }

    private void requireMunicipality() {
        if (!currentUser.require().is(Role.ADMINISTRATOR)
                && !currentUser.require().is(Role.MUNICIPALITY_ANALYST)) {
            throw new ForbiddenException("only the municipality does this");
        }
    }

    /** A wave whose every institution the caller sees: what closing or publishing needs. */
    private Wave wholeWave(long id) {
        Wave wave = visibleWave(id);
        if (rows(wave).size() != WaveInstitution.countOf(wave)) {
            // not "forbidden": that would tell a school that the wave has schools it cannot see
            throw new NotFoundException("wave", id);
        }
        return wave;
    }

    private WaveInstitution row(Wave wave, long institutionId) {
        return rows(wave).stream()
                .filter(r -> r.institution.id == institutionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("institution in this wave", institutionId));
    }

    /** The most codes an institution may have: set by an analyst, or its population plus a margin. */
    int codeLimit(WaveInstitution row) {
        if (row.codeLimit != null) {
            return row.codeLimit;
        }
        if (row.population == null) {
            return disclosure.codesWithoutPopulation();
        }
        return row.population
                + Math.max(disclosure.codesMinimumMargin(), (int) Math.ceil(row.population * disclosure.codesMargin()));
    }

    public CodesView generateCodes(long waveId, long institutionId, int count) {
        Wave wave = visibleWave(waveId);
        WaveInstitution row = row(wave, institutionId);
        if (wave.status(Dates.today()) == WaveStatus.CLOSED) {
            throw new InvalidFieldException(
                    "waveId", "the wave is closed; codes for it would be of no use", "codes_wave_closed");
        }
        long made = AccessCode.countOf(row.id);
        int limit = codeLimit(row);
        if (made + count > limit) {
            throw new CodeLimitException(row.institution.name, row.population, limit, made);
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
        audit.record(
                "codes-generated", "wave", wave.id, wave.municipalityId, count + " codes for " + row.institution.name);
        return new CodesView(wave.id, row.institution.id, row.institution.name, "/s/" + row.slug, codes);
    }

    /** A wave and its institutions the current user may see; not found when there are none. */
    public record Visible(Wave wave, List<WaveInstitution> rows, QuestionnaireCatalog.Entry questionnaire) {}

    public Visible visible(long id) {
        Wave wave = visibleWave(id);
        return new Visible(wave, rows(wave), catalog.byVersionId().get(wave.questionnaireVersionId));
    }

    /** The waves of one questionnaire that include this institution, oldest first; scope is the caller's business. */
    public List<Wave> wavesWith(String questionnaireId, long institutionId) {
        List<Long> versions = catalog.byVersionId().values().stream()
                .filter(e -> e.questionnaire().id().equals(questionnaireId))
                .map(QuestionnaireCatalog.Entry::versionId)
                .toList();
        if (versions.isEmpty()) {
            return List.of();
        }
        return Wave.withInstitution(institutionId, versions);
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
        return WaveInstitution.ofWaveSeenIn(wave, scope);
    }

    /** The wave as the caller sees it; links only when asked for, so that every view of them is audited. */
    private WaveView view(Wave wave, boolean withLinks) {
        QuestionnaireCatalog.Entry entry = catalog.byVersionId().get(wave.questionnaireVersionId);
        Questionnaire questionnaire = entry.questionnaire();
        List<WaveInstitution> rows = rows(wave);
        Map<Long, ResponseCounts.Count> counts =
                responses.of(rows.stream().map(r -> r.id).toList());
        Map<Long, Long> codes = AccessCode.countsOf(rows.stream().map(r -> r.id).toList());
        List<WaveView.InstitutionRow> institutions = rows.stream()
                .map(row -> {
                    ResponseCounts.Count c = counts.getOrDefault(row.id, new ResponseCounts.Count(0, 0));
                    Double rate = row.population == null || row.population == 0
                            ? null
                            : (double) c.submitted() / row.population;
                    boolean withCodes = row.access == Access.CODES;
                    return new WaveView.InstitutionRow(
                            row.institution.id,
                            row.institution.name,
                            row.access,
                            withLinks ? "/s/" + row.slug : null,
                            row.population,
                            c.submitted(),
                            c.inProgress(),
                            rate,
                            withCodes ? codes.getOrDefault(row.id, 0L) : null,
                            withCodes ? codeLimit(row) : null,
                            Warning.of(row.population, c.submitted(), row.burstSize));
                })
                .toList();
        return new WaveView(
                wave.id,
                wave.name,
                wave.municipalityId,
                questionnaire.id(),
                questionnaire.version(),
                questionnaire.audience(),
                questionnaire.title().in(StaffLanguage.CODE),
                wave.opensOn,
                wave.closesOn,
                wave.status(Dates.today()),
                publication.lastPublished(rows.stream().map(r -> r.id).toList()),
                wave.finalPublishedAt,
                institutions);
    }
}
