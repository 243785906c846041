package nl.betrokken.respond.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.answers.AnswerWay;
import nl.betrokken.definitions.answers.PageAnswers;
import nl.betrokken.definitions.answers.PageFlow;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.security.AuditLog;
import nl.betrokken.waves.WaveChannel;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveService;
import nl.betrokken.waves.WaveStatus;
import nl.betrokken.waves.paper.PaperCodes;
import nl.betrokken.waves.paper.PaperForm;
import nl.betrokken.waves.paper.PaperPrinting;
import nl.betrokken.waves.paper.PaperSheet;

/**
 * Typing in a paper form: the code on it opens it once, its answers become one sent response marked
 * as paper, and the form is marked entered (to the hour, never linked to the response).
 *
 * <p>The answers are checked as a parent's are, by {@link PageAnswers}: option ids that exist, one
 * option where one is asked, numbers within bounds, text within its length; and what a condition
 * hides is dropped, as online ({@link PageFlow#withoutHidden}). Required questions are not enforced:
 * online "required" means "ask again before sending", and a paper form cannot be handed back to the
 * parent, so a question left empty is stored as not answered, exactly like an optional one. Refusing
 * the form would lose every other answer on it; inventing an answer would be worse.
 *
 * <p>Forms arrive late, so entry stays possible after the wave closes, until its final figures are
 * published: a form entered after that would change figures that were published as final. The wave
 * row is share-locked while a form is entered, so the final publication (which skips a locked wave
 * and tries again a minute later) never runs between the check and the insert. The form's row is
 * locked too, so a double submit of one form waits and then finds it entered: one response only.
 */
@ApplicationScoped
public class PaperEntryService {

    private final WaveService waves;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    public PaperEntryService(WaveService waves, AuditLog audit, EntityManager entityManager, ObjectMapper json) {
        this.waves = waves;
        this.audit = audit;
        this.entityManager = entityManager;
        this.json = json;
    }

    /** A form opened for entry: the code in its printed groups, its school, language and channel, and its questions. */
    public record EntryForm(
            long waveId,
            String waveName,
            String code,
            String institution,
            String language,
            String channel,
            PaperSheet sheet) {

        /** "Nederlands", or "Nederlands en Arabisch" for a form printed in two languages. */
        public String languageName() {
            String other = switch (language) {
                case "en" -> "Engels";
                case "ar" -> "Arabisch";
                case "tr" -> "Turks";
                case "pl" -> "Pools";
                default -> null;
            };
            return other == null ? "Nederlands" : "Nederlands en " + other;
        }
    }

    /** A form that was just entered; {@code dropped} answers were to questions its own answers skip. */
    public record Entered(String code, String institution, long entered, long printed, int dropped) {}

    private record Found(PaperForm form, WaveService.Visible visible, WaveInstitution row, String code) {}

    /** The form behind a typed code, if it may be entered now. */
    @Transactional
    public EntryForm open(long waveId, String typed) {
        Found found = find(waveId, typed, false);
        Questionnaire questionnaire = found.visible().questionnaire().questionnaire();
        String channel = found.form().channelId == null
                ? null
                : WaveChannel.<WaveChannel>findByIdOptional(found.form().channelId)
                        .map(c -> c.name)
                        .orElse(null);
        return new EntryForm(
                waveId,
                found.visible().wave().name,
                found.code(),
                found.row().institution.name,
                found.form().language,
                channel,
                PaperSheet.of(questionnaire, null));
    }

    /**
     * Stores the form's answers as one sent response and marks the form entered, in one transaction.
     *
     * @param answers by answer key (item id, or "id:mode"), as the entry form or the API sends them
     */
    @Transactional
    public Entered enter(long waveId, String typed, Map<String, List<String>> answers) {
        Found found = find(waveId, typed, true);
        Questionnaire questionnaire = found.visible().questionnaire().questionnaire();
        List<Item> items = questionnaire.items().toList();
        Map<String, PageAnswers.FieldError> errors = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        items.forEach(item -> known.addAll(AnswerKey.of(item)));
        answers.keySet().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .limit(10)
                .forEach(key -> errors.put(key, new PageAnswers.FieldError(key, null, null)));
        // required is not checked: see the class comment
        PageAnswers.Result read = PageAnswers.read(items, answers, false);
        errors.putAll(read.errors());
        if (!errors.isEmpty()) {
            throw new InvalidPaperAnswers(errors, answers);
        }
        Map<String, Object> kept = PageFlow.withoutHidden(questionnaire, read.values());

        OffsetDateTime hour = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        entityManager
                .createNativeQuery("""
                insert into response (questionnaire_version_id, wave_institution_id, answers, language, status,
                                      created_at, updated_at, submitted_at, channel_id, answer_way)
                values (:version, :row, cast(:answers as jsonb), :language, 'SUBMITTED', :hour, :hour, :hour,
                        cast(:channel as bigint), :way)
                """)
                .setParameter("version", found.visible().questionnaire().versionId())
                .setParameter("row", found.row().id)
                .setParameter("answers", document(kept))
                .setParameter("language", found.form().language)
                .setParameter("hour", hour)
                .setParameter("channel", found.form().channelId)
                .setParameter("way", AnswerWay.PAPER.name())
                .executeUpdate();
        found.form().enteredAt = hour;
        entityManager.flush();
        PaperForm.Tally tally = PaperForm.tallies(List.of(found.row().id)).get(found.row().id);
        audit.record(
                "paper-form-entered",
                "wave",
                waveId,
                found.visible().wave().municipalityId,
                "a paper form of " + found.row().institution.name);
        return new Entered(
                found.code(),
                found.row().institution.name,
                tally.entered(),
                tally.printed(),
                read.values().size() - kept.size());
    }

    private String document(Map<String, Object> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers that were just read cannot be written", e);
        }
    }

    private Found find(long waveId, String typed, boolean forEntry) {
        WaveService.Visible visible = waves.visible(waveId);
        switch (PaperCodes.read(typed)) {
            case NOT_A_CODE ->
                throw new PaperRefusal(
                        PaperRefusal.Reason.NOT_A_CODE, "a form code has eight characters, such as K7Q2-PX9R");
            case MISTYPED ->
                throw new PaperRefusal(
                        PaperRefusal.Reason.MISTYPED,
                        "the code's check character does not fit: a character was mistyped");
            case VALID -> {}
        }
        String code = PaperCodes.normalise(typed).orElseThrow();
        Optional<PaperForm> form = forEntry
                ? PaperForm.lockByHash(PaperCodes.hash(code))
                : PaperForm.<PaperForm>find("codeHash", PaperCodes.hash(code)).firstResultOptional();
        // a form of another wave, or of a school the user does not see, is as unknown as one never printed
        Optional<WaveInstitution> row = form.flatMap(f ->
                visible.rows().stream().filter(r -> r.id == f.waveInstitutionId).findFirst());
        if (row.isEmpty()
                || !PaperPrinting.offered(
                        visible.questionnaire().questionnaire().audience())) {
            throw new PaperRefusal(PaperRefusal.Reason.UNKNOWN, "there is no paper form with this code in this wave");
        }
        String grouped = PaperCodes.grouped(code);
        if (form.get().entered()) {
            throw new PaperRefusal(PaperRefusal.Reason.ENTERED, "form " + grouped + " was entered already");
        }
        if (visible.wave().status(Dates.today()) == WaveStatus.NOT_YET_OPEN) {
            throw new PaperRefusal(PaperRefusal.Reason.NOT_YET_OPEN, "the wave has not opened yet");
        }
        if (finalPublished(waveId, forEntry)) {
            throw new PaperRefusal(
                    PaperRefusal.Reason.FINAL, "the wave's final figures were published; no more forms are entered");
        }
        return new Found(form.get(), visible, row.get(), grouped);
    }

    /** Read under a share lock when entering, so the final publication waits for this form (see the class comment). */
    private boolean finalPublished(long waveId, boolean lock) {
        List<?> published = entityManager
                .createNativeQuery("select final_published_at from wave where id = :id" + (lock ? " for share" : ""))
                .setParameter("id", waveId)
                .getResultList();
        return published.isEmpty() || published.get(0) != null;
    }
}
