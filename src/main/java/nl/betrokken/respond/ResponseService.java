package nl.betrokken.respond;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.Panache;
import nl.betrokken.common.throttle.Throttle;
import nl.betrokken.common.throttle.ThrottleRule;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.answers.PageAnswers;
import nl.betrokken.definitions.answers.PageFlow;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.disclosure.LinkActivity;
import nl.betrokken.security.ThrottleKeys;
import nl.betrokken.security.Tokens;
import nl.betrokken.waves.Access;
import nl.betrokken.waves.AccessCode;
import nl.betrokken.waves.AccessCodes;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveStatus;

/**
 * A respondent's way through a questionnaire: starting (by link or code), saving every page,
 * coming back, and sending once. Every page save locks the response row, so a double tap or a
 * resent form cannot interleave with itself, and sending is idempotent: a response that was
 * sent stays sent and answers "thank you" again.
 */
@ApplicationScoped
public class ResponseService {

    private static final Logger LOG = Logger.getLogger(ResponseService.class);

    /** What to show after a page was sent. */
    sealed interface Outcome {
    }

    /** Go to another page (path relative to /s/{slug}). */
    record Redirect(String path) implements Outcome {
    }

    /** Show the same page again with what was typed and what is wrong. */
    record Invalid(PageView page) implements Outcome {
    }

    /** The wave does not take answers (any more). */
    record NotOpen(WaveContext context, String language) implements Outcome {
    }

    /** The respondent's token, and where to continue. */
    record Started(String token, String path) {
    }

    sealed interface CodeOutcome {
    }

    /** A code let the parent in; {@code resumeCode} is the parent's own code to continue elsewhere, shown once (null when resumed). */
    record CodeAccepted(String slug, String token, String path, String resumeCode) implements CodeOutcome {
    }

    enum CodeRefusal implements CodeOutcome { UNKNOWN, USED, THROTTLED, NOT_OPEN }

    private final QuestionnaireCatalog catalog;
    private final Throttle throttle;
    private final ThrottleKeys keys;
    private final RespondConfig config;
    private final PageViews views;
    private final LinkActivity linkActivity;

    public ResponseService(QuestionnaireCatalog catalog, Throttle throttle, ThrottleKeys keys, RespondConfig config,
            PageViews views, LinkActivity linkActivity) {
        this.catalog = catalog;
        this.throttle = throttle;
        this.keys = keys;
        this.config = config;
        this.views = views;
        this.linkActivity = linkActivity;
    }

    @Transactional
    public WaveContext context(String slug, String language) {
        WaveInstitution row = slug == null || slug.length() > 40 ? null : WaveInstitution.findBySlug(slug).orElse(null);
        if (row == null) {
            throw new UnknownLinkException(language);
        }
        var entry = catalog.byVersionId().get(row.wave.questionnaireVersionId);
        return new WaveContext(row, row.wave, entry.questionnaire(), entry.versionId(), row.wave.status(Dates.today()),
                row.institution.name);
    }

    /** The respondent's response on this link, if the token names one. */
    @Transactional
    public Optional<SurveyResponse> response(WaveContext context, String token) {
        return find(context, token, false);
    }

    private static Optional<SurveyResponse> find(WaveContext context, String token, boolean lock) {
        if (!looksLikeToken(token)) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        long row = context.row().id;
        return lock ? SurveyResponse.lockByResumeToken(hash, row) : SurveyResponse.byResumeToken(hash, row);
    }

    static boolean looksLikeToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    /**
     * Starts (or, for the same token, continues) an anonymous response on an open link. The token
     * comes from the landing page's form, so a double tap on "start" starts one response, not two.
     */
    @Transactional
    public Started start(WaveContext context, String candidateToken, String language) {
        Optional<SurveyResponse> existing = find(context, candidateToken, true);
        if (existing.isPresent()) {
            SurveyResponse response = existing.get();
            response.language = context.language(language);
            return new Started(candidateToken, continuePath(context, response));
        }
        String token = looksLikeToken(candidateToken) ? candidateToken : Tokens.newToken();
        SurveyResponse response = newResponse(context, token, language);
        return new Started(token, continuePath(context, response));
    }

    private SurveyResponse newResponse(WaveContext context, String token, String language) {
        OffsetDateTime hour = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        // insert-or-nothing on the token: a resent start form finds the row the first one made
        Panache.getEntityManager().createNativeQuery("""
                insert into response (questionnaire_version_id, wave_institution_id, answers, language, status,
                                      resume_token_hash, current_page, created_at, updated_at)
                values (:version, :row, '{}'::jsonb, :language, 'IN_PROGRESS', :hash, :page, :hour, :hour)
                on conflict (resume_token_hash) do nothing
                """)
                .setParameter("version", context.versionId())
                .setParameter("row", context.row().id)
                .setParameter("language", context.language(language))
                .setParameter("hash", Tokens.sha256(token))
                .setParameter("page", context.questionnaire().pages().get(0).id())
                .setParameter("hour", hour)
                .executeUpdate();
        return find(context, token, true).orElseThrow();
    }

    /**
     * Enters a code: a printed code starts its response once (then it is only "used"); the parent's
     * own resume code continues that response on this device with a new token.
     */
    @Transactional
    public CodeOutcome startWithCode(String typed, String language, String clientAddress) {
        String client = keys.client(clientAddress);
        ThrottleRule rule = ThrottleRule.hardLimit("code-client", config.maxCodeFailuresPerClient(), config.codeThrottleWindow());
        if (!throttle.attempt(client, rule)) {
            LOG.warn("Code entry refused: too many wrong codes from one client");
            return CodeRefusal.THROTTLED;
        }
        Optional<String> normalised = AccessCodes.normalise(typed);
        Optional<AccessCode> code = normalised.flatMap(c -> AccessCode.lockByHash(AccessCodes.hash(c)));
        if (code.isEmpty()) {
            Optional<SurveyResponse> resumed = normalised.flatMap(c -> SurveyResponse.lockInProgressByResumeCode(
                    AccessCodes.resumeHash(c)));
            if (resumed.isEmpty()) {
                LOG.info("A wrong code was entered");
                return CodeRefusal.UNKNOWN;
            }
            throttle.giveBack(client, rule);
            return resume(resumed.get(), language);
        }
        throttle.giveBack(client, rule);
        if (code.get().usedAt != null) {
            return CodeRefusal.USED;
        }
        WaveInstitution row = WaveInstitution.findById(code.get().waveInstitutionId);
        WaveContext context = context(row.slug, language);
        if (context.status() != WaveStatus.OPEN) {
            return CodeRefusal.NOT_OPEN;
        }
        code.get().usedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        String token = Tokens.newToken();
        String resumeCode = AccessCodes.generate();
        SurveyResponse response = newResponse(context, token, language);
        response.resumeCodeHash = AccessCodes.resumeHash(AccessCodes.normalise(resumeCode).orElseThrow());
        return new CodeAccepted(row.slug, token, continuePath(context, response), resumeCode);
    }

    private CodeOutcome resume(SurveyResponse response, String language) {
        WaveInstitution row = WaveInstitution.findById(response.waveInstitutionId);
        WaveContext context = context(row.slug, language);
        if (context.status() != WaveStatus.OPEN) {
            return CodeRefusal.NOT_OPEN;
        }
        String token = Tokens.newToken();
        response.resumeTokenHash = Tokens.sha256(token);
        if (language != null && context.questionnaire().offers(language)) {
            response.language = language;
        }
        return new CodeAccepted(row.slug, token, continuePath(context, response), null);
    }

    private static String continuePath(WaveContext context, SurveyResponse response) {
        if (response.submitted()) {
            return "/thanks";
        }
        PageFlow flow = new PageFlow(context.questionnaire(), response.answers);
        Page page = flow.page(response.currentPage).orElse(flow.visiblePages().get(0));
        return "/p/" + page.id();
    }

    /** The page to show for a GET, or where to go instead. */
    @Transactional
    public Object page(WaveContext context, String token, String pageId) {
        Optional<SurveyResponse> found = find(context, token, false);
        if (found.isEmpty()) {
            return new Redirect("");
        }
        SurveyResponse response = found.get();
        if (response.submitted()) {
            return new Redirect("/thanks");
        }
        if (context.status() != WaveStatus.OPEN) {
            return new NotOpen(context, response.language);
        }
        PageFlow flow = new PageFlow(context.questionnaire(), response.answers);
        Optional<Page> page = flow.page(pageId);
        if (page.isEmpty()) {
            return new Redirect(continuePath(context, response));
        }
        return views.page(context, token, response.language, flow, page.get(), stored(response, flow.visibleItems(page.get())),
                Map.of());
    }

    /** Saves one page and says where to go next; see the class comment for the guarantees. */
    @Transactional
    public Outcome save(WaveContext context, String token, String pageId, Map<String, List<String>> form, Action action,
            String requestedLanguage) {
        Optional<SurveyResponse> found = find(context, token, true);
        if (found.isEmpty()) {
            return new Redirect("");
        }
        SurveyResponse response = found.get();
        if (response.submitted()) {
            return new Redirect("/thanks");
        }
        if (context.status() != WaveStatus.OPEN) {
            return new NotOpen(context, response.language);
        }
        if (action == Action.LANGUAGE) {
            response.language = context.language(requestedLanguage);
        }
        PageFlow flow = new PageFlow(context.questionnaire(), response.answers);
        Optional<Page> shown = flow.page(pageId);
        if (shown.isEmpty()) {
            return new Redirect(continuePath(context, response));
        }
        Page page = shown.get();
        refuseStrangeFields(page, form);
        PageAnswers.Result read = PageAnswers.read(flow.visibleItems(page), form, action.checksRequired());

        Map<String, Object> answers = new LinkedHashMap<>(response.answers);
        for (Item item : page.items()) {
            AnswerKey.of(item).forEach(answers::remove);
        }
        answers.putAll(read.values());
        answers = withoutHiddenAnswers(context, answers);
        response.answers = answers;
        response.updatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        flow = new PageFlow(context.questionnaire(), answers);

        if (action.checksRequired() && !read.valid()) {
            return new Invalid(views.page(context, token, response.language, flow, page, read.raw(), read.errors()));
        }
        switch (action) {
            case BACK -> {
                Page previous = flow.before(page).orElse(page);
                response.currentPage = previous.id();
                return new Redirect("/p/" + previous.id());
            }
            case LANGUAGE, AUTOSAVE -> {
                return new Redirect("/p/" + page.id());
            }
            default -> {
                Optional<Page> next = flow.after(page);
                if (next.isPresent() && action == Action.NEXT) {
                    response.currentPage = next.get().id();
                    return new Redirect("/p/" + next.get().id());
                }
                return submit(context, token, response, flow);
            }
        }
    }

    /**
     * A field that is no question of this page never comes from our own form: someone made the
     * request by hand. Refused whole (the transaction rolls back), rather than quietly half-used.
     */
    private static void refuseStrangeFields(Page page, Map<String, List<String>> form) {
        Set<String> known = new HashSet<>();
        page.items().forEach(item -> known.addAll(AnswerKey.of(item)));
        List<String> strangers = form.keySet().stream().filter(name -> !known.contains(name)).sorted().limit(5).toList();
        if (!strangers.isEmpty()) {
            throw new BadRequestException("Fields that are not questions on page " + page.id() + ": " + strangers);
        }
    }

    /** The last step: everything required on every visible page must be there, then the response is sent. */
    private Outcome submit(WaveContext context, String token, SurveyResponse response, PageFlow flow) {
        for (Page page : flow.visiblePages()) {
            Map<String, List<String>> stored = stored(response, flow.visibleItems(page));
            PageAnswers.Result check = PageAnswers.read(flow.visibleItems(page), stored, true);
            if (!check.valid()) {
                response.currentPage = page.id();
                return new Invalid(views.page(context, token, response.language, flow, page, check.raw(), check.errors()));
            }
        }
        response.status = SurveyResponse.Status.SUBMITTED;
        response.submittedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        // sent: nothing may open it again, not even the parent's own resume code
        response.resumeCodeHash = null;
        linkActivity.sent(context.row().id);
        return new Redirect("/thanks");
    }

    /** Answers to items a condition now hides are dropped: what is stored is exactly what was shown. */
    private static Map<String, Object> withoutHiddenAnswers(WaveContext context, Map<String, Object> answers) {
        PageFlow flow = new PageFlow(context.questionnaire(), answers);
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Page page : flow.visiblePages()) {
            for (Item item : flow.visibleItems(page)) {
                for (String key : AnswerKey.of(item)) {
                    if (answers.containsKey(key)) {
                        kept.put(key, answers.get(key));
                    }
                }
            }
        }
        return kept;
    }

    /** The stored answers of some items in the shape a form sends them, to fill in a page again. */
    private static Map<String, List<String>> stored(SurveyResponse response, List<Item> items) {
        Map<String, List<String>> values = new HashMap<>();
        for (Item item : items) {
            for (String key : AnswerKey.of(item)) {
                Object value = response.answers.get(key);
                if (value instanceof List<?> list) {
                    values.put(key, list.stream().map(Object::toString).toList());
                } else if (value instanceof java.math.BigDecimal number) {
                    values.put(key, List.of(number.toPlainString()));
                } else if (value != null) {
                    values.put(key, List.of(value.toString()));
                }
            }
        }
        return values;
    }

    boolean acceptsAnonymousStart(WaveContext context) {
        return context.row().access == Access.LINK;
    }
}
