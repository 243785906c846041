package nl.betrokken.openanswers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.disclosure.Publication;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.security.AuditLog;
import nl.betrokken.waves.WaveService;

/**
 * A wave's open answers for its municipality's analysts: read masked, only from schools with at least
 * the threshold of respondents, coded with the municipality's themes for the questionnaire, and the theme
 * counts kept up to date with every coding ({@link ThemeTally}) and published on request through
 * {@link Publication#publishThemes}. Resources check the role; {@link WaveService#visible} the municipality.
 */
@ApplicationScoped
@Transactional
public class OpenAnswerService {

    static final int PAGE = 25;
    static final int LABEL_LENGTH = 80;

    private final WaveService waves;
    private final Disclosure disclosure;
    private final Publication publication;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final ThemeTally tally;

    public OpenAnswerService(
            WaveService waves,
            Disclosure disclosure,
            Publication publication,
            EntityManager entityManager,
            AuditLog audit,
            ThemeTally tally) {
        this.tally = tally;
        this.waves = waves;
        this.disclosure = disclosure;
        this.publication = publication;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** What every request on a wave's open answers needs: its questionnaire, its figures, its theme list. */
    private record Wave(long id, String name, long municipalityId, Questionnaire questionnaire, WaveFigures figures) {

        Item openItem(String itemId) {
            List<Item> open = questionnaire.openTextItems();
            if (open.isEmpty()) {
                throw new InvalidFieldException(
                        "wave", "the questionnaire of this wave has no open questions", "open_none");
            }
            if (itemId == null || itemId.isBlank()) {
                return open.get(0);
            }
            return open.stream()
                    .filter(i -> i.id().equals(itemId))
                    .findFirst()
                    .orElseThrow(() -> new InvalidFieldException(
                            "item",
                            "'" + itemId + "' is not an open question of this wave; use one of "
                                    + open.stream().map(Item::id).collect(Collectors.joining(", ")),
                            "open_item_unknown",
                            itemId));
        }

        /** The schools whose answers may be read: at least the threshold of respondents. */
        boolean shown(Unit unit) {
            return unit.respondents() >= figures.threshold();
        }

        Map<Long, Unit> unitsById() {
            Map<Long, Unit> units = new LinkedHashMap<>();
            figures.visibleUnits().forEach(u -> units.put(u.waveInstitutionId(), u));
            return units;
        }

        List<OpenTheme> themes() {
            return OpenTheme.listOf(municipalityId, questionnaire.id());
        }
    }

    private Wave wave(long waveId) {
        WaveService.Visible visible = waves.visible(waveId);
        return new Wave(
                visible.wave().id,
                visible.wave().name,
                visible.wave().municipalityId,
                visible.questionnaire().questionnaire(),
                disclosure.wave(waveId));
    }

    /** One page of answers to an open item, optionally of one school and only those not coded yet. */
    public OpenAnswers answers(long waveId, String itemId, Long institutionId, boolean uncodedOnly, int page) {
        Wave wave = wave(waveId);
        Item item = wave.openItem(itemId);
        Map<Long, Unit> units = wave.unitsById();
        if (institutionId != null && units.values().stream().noneMatch(u -> u.institutionId() == institutionId)) {
            throw new InvalidFieldException(
                    "institution",
                    "institution " + institutionId + " takes no part in this wave",
                    "open_school_unknown");
        }
        List<OpenTheme> themes = wave.themes();
        Map<Long, Integer> numbers = new HashMap<>();
        themes.forEach(t -> numbers.put(t.id, t.position));

        Map<Long, long[]> answered = answeredPerSchool(wave.id(), item.id());
        List<OpenAnswers.School> schools = new ArrayList<>();
        List<Long> readable = new ArrayList<>();
        for (Unit unit : units.values()) {
            long[] counts = answered.getOrDefault(unit.waveInstitutionId(), new long[2]);
            boolean shown = wave.shown(unit);
            schools.add(new OpenAnswers.School(
                    unit.institutionId(), unit.name(), unit.respondents(), counts[0], shown ? counts[1] : 0, shown));
            if (shown && (institutionId == null || unit.institutionId() == institutionId)) {
                readable.add(unit.waveInstitutionId());
            }
        }
        long matching = readable.stream()
                .mapToLong(id -> {
                    long[] c = answered.getOrDefault(id, new long[2]);
                    return uncodedOnly ? c[0] - c[1] : c[0];
                })
                .sum();
        int pages = (int) Math.max(1, (matching + PAGE - 1) / PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        List<OpenAnswers.Answer> rows = new ArrayList<>();
        if (!readable.isEmpty()) {
            Map<Long, List<Long>> codes = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> found = entityManager
                    .createNativeQuery("""
                            select r.id, r.wave_institution_id, r.answers->>:item, c.response_id is not null, coalesce(c.quote, false),
                                   (select string_agg(a.theme_id::text, ',') from open_answer_theme a
                                     where a.response_id = r.id and a.item_id = :item)
                            from response r
                            join wave_institution wi on wi.id = r.wave_institution_id
                            left join open_answer_coding c on c.response_id = r.id and c.item_id = :item
                            where r.wave_institution_id = any(:units) and r.status = 'SUBMITTED'
                              and length(btrim(coalesce(r.answers->>:item, ''))) > 0
                              and (not :uncoded or c.response_id is null)
                            order by md5(r.id::text || wi.slug), r.id
                            limit :limit offset :offset
                            """)
                    .setParameter("item", item.id())
                    .setParameter("units", readable.toArray(Long[]::new))
                    .setParameter("uncoded", uncodedOnly)
                    .setParameter("limit", PAGE)
                    .setParameter("offset", (current - 1) * PAGE)
                    .getResultList();
            for (Object[] r : found) {
                long responseId = ((Number) r[0]).longValue();
                boolean coded = (Boolean) r[3];
                String themeIds = (String) r[5];
                String shownNumbers = !coded
                        ? ""
                        : themeIds == null
                                ? "0"
                                : Arrays.stream(themeIds.split(","))
                                        .map(id -> numbers.get(Long.parseLong(id)))
                                        .sorted()
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(" "));
                rows.add(new OpenAnswers.Answer(
                        responseId,
                        units.get(((Number) r[1]).longValue()).name(),
                        OpenAnswerMask.mask((String) r[2]),
                        shownNumbers,
                        (Boolean) r[4]));
            }
        }
        return new OpenAnswers(
                wave.id(),
                wave.name(),
                wave.figures().threshold(),
                wave.questionnaire().openTextItems().stream()
                        .map(OpenAnswerService::view)
                        .toList(),
                view(item),
                themeViews(themes, item.id(), readable),
                schools,
                institutionId,
                uncodedOnly,
                rows,
                current,
                pages,
                matching);
    }

    private static OpenAnswers.OpenItem view(Item item) {
        return new OpenAnswers.OpenItem(item.id(), item.text().in(StaffLanguage.CODE));
    }

    /** Per wave institution: answers given to the item, and how many of them are coded. */
    private Map<Long, long[]> answeredPerSchool(long waveId, String itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select r.wave_institution_id, count(*), count(c.response_id)
                        from response r
                        join wave_institution wi on wi.id = r.wave_institution_id
                        left join open_answer_coding c on c.response_id = r.id and c.item_id = :item
                        where wi.wave_id = :wave and r.status = 'SUBMITTED'
                          and length(btrim(coalesce(r.answers->>:item, ''))) > 0
                        group by r.wave_institution_id
                        """)
                .setParameter("item", itemId)
                .setParameter("wave", waveId)
                .getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put(
                    ((Number) r[0]).longValue(), new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return counts;
    }

    /** The themes with how many of the readable answers carry each, from the codings: the analyst's own work. */
    private List<ThemeView> themeViews(List<OpenTheme> themes, String itemId, List<Long> waveInstitutions) {
        Map<Long, Long> used = new HashMap<>();
        if (!themes.isEmpty() && !waveInstitutions.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager
                    .createNativeQuery("select a.theme_id, count(*) from open_answer_theme a"
                            + " join response r on r.id = a.response_id"
                            + " where a.item_id = :item and r.wave_institution_id = any(:units) group by a.theme_id")
                    .setParameter("item", itemId)
                    .setParameter("units", waveInstitutions.toArray(Long[]::new))
                    .getResultList();
            rows.forEach(r -> used.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        }
        return themes.stream()
                .map(t -> new ThemeView(t.id, t.position, t.label, used.getOrDefault(t.id, 0L)))
                .toList();
    }

    /** The municipality's themes for the questionnaire of this wave. */
    public List<ThemeView> themes(long waveId) {
        Wave wave = wave(waveId);
        return wave.themes().stream()
                .map(t -> new ThemeView(t.id, t.position, t.label, 0))
                .toList();
    }

    /** Adds a theme at the end of the list; its number is one more than the last. */
    public ThemeView addTheme(long waveId, String label) {
        Wave wave = wave(waveId);
        String clean = label(label);
        lockThemes(wave);
        List<OpenTheme> themes = wave.themes();
        requireNew(themes, clean, null);
        OpenTheme theme = new OpenTheme();
        theme.municipalityId = wave.municipalityId();
        theme.questionnaireId = wave.questionnaire().id();
        theme.label = clean;
        theme.position = themes.size() + 1;
        theme.persistAndFlush();
        audit.record("created", "open-theme", theme.id, wave.municipalityId(), clean);
        return new ThemeView(theme.id, theme.position, theme.label, 0);
    }

    public ThemeView renameTheme(long waveId, long themeId, String label) {
        Wave wave = wave(waveId);
        String clean = label(label);
        lockThemes(wave);
        List<OpenTheme> themes = wave.themes();
        OpenTheme theme = find(themes, themeId);
        requireNew(themes, clean, themeId);
        String before = theme.label;
        theme.label = clean;
        audit.record("updated", "open-theme", theme.id, wave.municipalityId(), before + " → " + clean);
        return new ThemeView(theme.id, theme.position, theme.label, 0);
    }

    /** Removes a theme no answer is coded with; the themes after it move up a number. */
    public void deleteTheme(long waveId, long themeId) {
        Wave wave = wave(waveId);
        lockThemes(wave);
        OpenTheme theme = find(wave.themes(), themeId);
        long used = ((Number) entityManager
                        .createNativeQuery("select count(*) from open_answer_theme where theme_id = :id")
                        .setParameter("id", themeId)
                        .getSingleResult())
                .longValue();
        if (used > 0) {
            throw ConflictException.onField(
                    "theme",
                    "theme '" + theme.label + "' is given to " + used
                            + " answers; take it off them first, or rename it instead",
                    "open_theme_in_use",
                    theme.label,
                    used);
        }
        int position = theme.position;
        theme.delete();
        entityManager.flush();
        entityManager
                .createNativeQuery("update open_theme set position = position - 1"
                        + " where municipality_id = :m and questionnaire_id = :q and position > :p")
                .setParameter("m", wave.municipalityId())
                .setParameter("q", wave.questionnaire().id())
                .setParameter("p", position)
                .executeUpdate();
        audit.record("deleted", "open-theme", themeId, wave.municipalityId(), theme.label);
    }

    /** Two analysts adding a theme at once would both take the next number: one waits for the other. */
    private void lockThemes(Wave wave) {
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('open_theme:' || :m || ':' || :q))")
                .setParameter("m", wave.municipalityId())
                .setParameter("q", wave.questionnaire().id())
                .getSingleResult();
    }

    private static String label(String label) {
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidFieldException(
                    "label", "a theme needs a name, such as 'Communicatie'", "open_theme_label");
        }
        if (clean.length() > LABEL_LENGTH) {
            throw new InvalidFieldException(
                    "label", "a theme's name has at most " + LABEL_LENGTH + " characters", "too_long", LABEL_LENGTH);
        }
        return clean;
    }

    private static void requireNew(List<OpenTheme> themes, String label, Long except) {
        for (OpenTheme t : themes) {
            if (!t.id.equals(except) && t.label.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                throw ConflictException.onField(
                        "label",
                        "there is a theme '" + t.label + "' already (number " + t.position + ")",
                        "open_theme_exists",
                        t.label,
                        t.position);
            }
        }
    }

    private static OpenTheme find(List<OpenTheme> themes, long themeId) {
        return themes.stream()
                .filter(t -> t.id == themeId)
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException(
                        "theme", "there is no theme " + themeId + " for this questionnaire", "open_theme_unknown"));
    }

    /**
     * How one answer is coded: its themes (an empty list when none applies), or null to take its coding
     * off; {@code quote} chooses it for the report, which needs a theme to stand under.
     */
    public record Coding(long responseId, List<Long> themes, boolean quote) {}

    /**
     * Codes answers to an open item, all or none: an answer that is not a readable answer to this item, a
     * theme that is not on the list, or a quote without a theme refuses the whole request. Returns how many
     * answers were coded or uncoded.
     */
    public int code(long waveId, String itemId, List<Coding> codings) {
        Wave wave = wave(waveId);
        Item item = wave.openItem(itemId);
        if (codings == null || codings.isEmpty()) {
            throw new InvalidFieldException("codings", "give at least one answer's coding", "open_codings_empty");
        }
        Set<Long> themeIds = wave.themes().stream().map(t -> t.id).collect(Collectors.toSet());
        Map<Long, Unit> units = wave.unitsById();
        Set<Long> readable = units.values().stream()
                .filter(wave::shown)
                .map(Unit::waveInstitutionId)
                .collect(Collectors.toSet());
        Set<Long> ids = new HashSet<>();
        for (Coding c : codings) {
            if (!ids.add(c.responseId())) {
                throw new InvalidFieldException(
                        "codings", "answer " + c.responseId() + " is coded twice in this request", "open_answer_twice");
            }
            if (c.themes() != null) {
                for (Long theme : c.themes()) {
                    if (!themeIds.contains(theme)) {
                        throw new InvalidFieldException(
                                "codings",
                                "theme " + theme + " is not on this questionnaire's theme list",
                                "open_theme_unknown");
                    }
                }
            }
            if (c.quote() && (c.themes() == null || c.themes().isEmpty())) {
                throw new InvalidFieldException(
                        "codings",
                        "answer " + c.responseId() + " is chosen as a quote but has no theme to stand under",
                        "open_quote_needs_theme");
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = entityManager
                .createNativeQuery("""
                        select r.id, r.wave_institution_id from response r
                        join wave_institution wi on wi.id = r.wave_institution_id
                        where r.id = any(:ids) and wi.wave_id = :wave and r.status = 'SUBMITTED'
                          and length(btrim(coalesce(r.answers->>:item, ''))) > 0
                        """)
                .setParameter("ids", ids.toArray(Long[]::new))
                .setParameter("wave", wave.id())
                .setParameter("item", item.id())
                .getResultList();
        Map<Long, Long> schoolOf = new HashMap<>();
        found.forEach(r -> schoolOf.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        for (Long id : ids) {
            Long school = schoolOf.get(id);
            if (school == null || !readable.contains(school)) {
                throw new InvalidFieldException(
                        "codings",
                        "answer " + id + " is not an answer to '" + item.id() + "' in this wave that may be read",
                        "open_answer_unknown");
            }
        }
        Long[] schools = new HashSet<>(schoolOf.values()).toArray(Long[]::new);
        // one coder per school at a time, so the recount below sees every coding committed before it
        entityManager
                .createNativeQuery("select id from wave_institution where id = any(:ids) order by id for update")
                .setParameter("ids", schools)
                .getResultList();
        Long[] responses = ids.toArray(Long[]::new);
        entityManager
                .createNativeQuery("delete from open_answer_coding where item_id = :item and response_id = any(:ids)")
                .setParameter("item", item.id())
                .setParameter("ids", responses)
                .executeUpdate();
        List<Coding> coded = codings.stream().filter(c -> c.themes() != null).toList();
        if (!coded.isEmpty()) {
            entityManager
                    .createNativeQuery(
                            "insert into open_answer_coding (response_id, item_id, quote)"
                                    + " select r, :item, q from unnest(cast(:ids as bigint[]), cast(:quotes as boolean[])) as c(r, q)")
                    .setParameter("item", item.id())
                    .setParameter("ids", coded.stream().map(Coding::responseId).toArray(Long[]::new))
                    .setParameter("quotes", coded.stream().map(Coding::quote).toArray(Boolean[]::new))
                    .executeUpdate();
            List<Long> answerIds = new ArrayList<>();
            List<Long> answerThemes = new ArrayList<>();
            coded.forEach(c -> c.themes().stream().distinct().forEach(t -> {
                answerIds.add(c.responseId());
                answerThemes.add(t);
            }));
            if (!answerIds.isEmpty()) {
                entityManager
                        .createNativeQuery(
                                "insert into open_answer_theme (response_id, item_id, theme_id)"
                                        + " select r, :item, t from unnest(cast(:ids as bigint[]), cast(:themes as bigint[])) as c(r, t)")
                        .setParameter("item", item.id())
                        .setParameter("ids", answerIds.toArray(Long[]::new))
                        .setParameter("themes", answerThemes.toArray(Long[]::new))
                        .executeUpdate();
            }
        }
        tally.recount(item.id(), schools);
        audit.record(
                "coded",
                "wave",
                wave.id(),
                wave.municipalityId(),
                codings.size() + " open answers to " + item.id() + " coded or uncoded");
        return codings.size();
    }

    /** Publishes the theme counts of the wave now (see {@link Publication#publishThemes}). */
    public Publication.Outcome publish(long waveId) {
        Wave wave = wave(waveId);
        Publication.Outcome outcome = publication.publishThemes(wave.id());
        audit.record(
                "published",
                "wave",
                wave.id(),
                wave.municipalityId(),
                outcome.published() + " theme cells published, " + outcome.heldBack() + " wait for more coded answers");
        return outcome;
    }
}
