package nl.betrokken.respond;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.betrokken.common.throttle.Throttle;
import nl.betrokken.common.throttle.ThrottleRule;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.answers.PageAnswers;
import nl.betrokken.definitions.answers.PageFlow;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.LinkActivity;
import nl.betrokken.security.ThrottleKeys;
import nl.betrokken.security.Tokens;
import nl.betrokken.waves.Access;
import nl.betrokken.waves.AccessCode;
import nl.betrokken.waves.AccessCodes;
import nl.betrokken.waves.ChannelLink;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveChannel;
import nl.betrokken.waves.WaveInstitution;
import nl.betrokken.waves.WaveStatus;
import org.jboss.logging.Logger;

/**
 * A respondent's way through a questionnaire: starting (by link or code), saving every page,
 * coming back, and sending once. Every page save locks the response row, so a double tap or a
 * resent form cannot interleave with itself, and sending is idempotent: a response that was
 * sent stays sent and answers "thank you" again.
 */
@ApplicationScoped
public class ResponseService {

    private static final Logger LOG = Logger.getLogger(ResponseService.class);

    private final QuestionnaireCatalog catalog;
    private final Throttle throttle;
    private final ThrottleKeys keys;
    private final RespondConfig config;
    private final PageViews views;
    private final LinkActivity linkActivity;
    private final LinkMemory links;

    public ResponseService(
            QuestionnaireCatalog catalog,
            Throttle throttle,
            ThrottleKeys keys,
            RespondConfig config,
            PageViews views,
            LinkActivity linkActivity,
            LinkMemory links) {
        this.catalog = catalog;
        this.throttle = throttle;
        this.keys = keys;
        this.config = config;
        this.views = views;
        this.linkActivity = linkActivity;
        this.links = links;
    }

    private WaveContext context(String slug, AskedLanguage asked) {
        if (slug == null || slug.length() > 40) {
            throw new UnknownLinkException(asked);
        }
        LinkMemory.Link link = links.bySlug(slug).orElseThrow(() -> new UnknownLinkException(asked));
        var entry = catalog.byVersionId().get(link.questionnaireVersionId());
        return new WaveContext(link, slug, entry.questionnaire(), entry.versionId(), link.status(Dates.today()));
    }

    /** The first page of a link: start, or continue the response the token names. */
    @Transactional
    public Outcome landing(String slug, AskedLanguage asked, String token) {
        WaveContext context = context(slug, asked);
        Optional<SurveyResponse> existing = find(context, token, false);
        String language =
                asked.in(context.questionnaire(), existing.map(r -> r.language).orElse(null));
        if (context.status() != WaveStatus.OPEN) {
            return notOpen(context, language);
        }
        if (existing.isPresent() && existing.get().submitted()) {
            return new Outcome.Notice(language, Outcome.Notice.Kind.ALREADY_SENT, null);
        }
        boolean resume = existing.isPresent();
        return new Outcome.Welcome(views.landing(
                context,
                language,
                resume ? token : Tokens.newToken(),
                resume,
                !acceptsAnonymousStart(context) && !resume));
    }

    /** A channel's link for the whole municipality: the list of the wave's schools to pick from. */
    @Transactional
    public Outcome chooseSchool(String slug, AskedLanguage asked) {
        WaveChannel.Found found = slug == null || slug.length() > 40
                ? null
                : WaveChannel.bySlug(slug).orElse(null);
        if (found == null) {
            throw new UnknownLinkException(asked);
        }
        Wave wave = found.channel().wave;
        Questionnaire questionnaire =
                catalog.byVersionId().get(wave.questionnaireVersionId).questionnaire();
        String language = asked.in(questionnaire, null);
        WaveStatus status = wave.status(Dates.today());
        if (status != WaveStatus.OPEN) {
            return notOpen(status, wave.opensOn, language);
        }
        boolean assisted = found.assisted();
        List<SchoolChoice.School> schools = ChannelLink.ofChannel(found.channel()).stream()
                .map(l -> new SchoolChoice.School(
                        l.waveInstitution.institution.name,
                        "/s/" + (assisted ? l.assistedSlug : l.slug) + "?lang=" + language))
                .toList();
        return new Outcome.ChooseSchool(new SchoolChoice(
                slug,
                language,
                PageViews.rightToLeft(language),
                questionnaire.title().in(language),
                assisted,
                PageViews.languages(questionnaire, language),
                schools));
    }

    @Transactional
    public Outcome thanks(String slug, AskedLanguage asked, String token) {
        WaveContext context = context(slug, asked);
        String remembered = find(context, token, false).map(r -> r.language).orElse(null);
        return new Outcome.Notice(asked.in(context.questionnaire(), remembered), Outcome.Notice.Kind.THANKS, null);
    }

    private static Outcome.Notice notOpen(WaveContext context, String language) {
        return notOpen(context.status(), context.link().opensOn(), language);
    }

    private static Outcome.Notice notOpen(WaveStatus status, LocalDate opensOn, String language) {
        return status == WaveStatus.NOT_YET_OPEN
                ? new Outcome.Notice(language, Outcome.Notice.Kind.NOT_YET_OPEN, opensOn)
                : new Outcome.Notice(language, Outcome.Notice.Kind.CLOSED, null);
    }

    private static Optional<SurveyResponse> find(WaveContext context, String token, boolean lock) {
        if (!looksLikeToken(token)) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        long row = context.rowId();
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
    public Outcome start(String slug, String candidateToken, AskedLanguage asked) {
        WaveContext context = context(slug, asked);
        Optional<SurveyResponse> existing = find(context, candidateToken, true);
        String language =
                asked.in(context.questionnaire(), existing.map(r -> r.language).orElse(null));
        if (context.status() != WaveStatus.OPEN) {
            return notOpen(context, language);
        }
        if (existing.isPresent()) {
            SurveyResponse response = existing.get();
            response.language = language;
            return new Outcome.Redirect(context, continuePath(context, response), candidateToken, null);
        }
        if (!acceptsAnonymousStart(context)) {
            return new Outcome.Redirect(context, "");
        }
        String token = looksLikeToken(candidateToken) ? candidateToken : Tokens.newToken();
        SurveyResponse response = newResponse(context, token, language);
        return new Outcome.Redirect(context, continuePath(context, response), token, null);
    }

    private SurveyResponse newResponse(WaveContext context, String token, String language) {
        OffsetDateTime hour = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        // insert-or-nothing on the token: a resent start form finds the row the first one made
        Panache.getEntityManager()
                .createNativeQuery("""
                insert into response (questionnaire_version_id, wave_institution_id, answers, language, status,
                                      resume_token_hash, current_page, created_at, updated_at, channel_id, answer_way)
                values (:version, :row, '{}'::jsonb, :language, 'IN_PROGRESS', :hash, :page, :hour, :hour,
                        cast(:channel as bigint), :way)
                on conflict (resume_token_hash) do nothing
                """)
                .setParameter("version", context.versionId())
                .setParameter("row", context.rowId())
                .setParameter("language", language)
                .setParameter("hash", Tokens.sha256(token))
                .setParameter("page", context.questionnaire().pages().get(0).id())
                .setParameter("hour", hour)
                .setParameter("channel", context.channelId())
                .setParameter("way", context.way().name())
                .executeUpdate();
        return find(context, token, true).orElseThrow();
    }

    /**
     * Enters a code: a printed code starts its response once (then it is only "used"); the parent's
     * own resume code continues that response on this device with a new token.
     */
    @Transactional
    public Outcome enterCode(String typed, AskedLanguage asked, String clientAddress) {
        String client = keys.client(clientAddress);
        ThrottleRule rule =
                ThrottleRule.hardLimit("code-client", config.maxCodeFailuresPerClient(), config.codeThrottleWindow());
        if (!throttle.attempt(client, rule)) {
            LOG.warn("Code entry refused: too many wrong codes from one client");
            return refused(typed, asked, Outcome.CodeRefusal.THROTTLED);
        }
        Optional<String> normalised = AccessCodes.normalise(typed);
        Optional<AccessCode> code = normalised.flatMap(c -> AccessCode.lockByHash(AccessCodes.hash(c)));
        if (code.isEmpty()) {
            Optional<SurveyResponse> resumed =
                    normalised.flatMap(c -> SurveyResponse.lockInProgressByResumeCode(AccessCodes.resumeHash(c)));
            if (resumed.isEmpty()) {
                LOG.info("A wrong code was entered");
                return refused(typed, asked, Outcome.CodeRefusal.UNKNOWN);
            }
            throttle.giveBack(client, rule);
            return resume(resumed.get(), typed, asked);
        }
        throttle.giveBack(client, rule);
        if (code.get().usedAt != null) {
            return refused(typed, asked, Outcome.CodeRefusal.USED);
        }
        WaveInstitution row = WaveInstitution.findById(code.get().waveInstitutionId);
        WaveContext context = context(row.slug, asked);
        if (context.status() != WaveStatus.OPEN) {
            return refused(typed, asked, Outcome.CodeRefusal.NOT_OPEN);
        }
        code.get().usedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        String token = Tokens.newToken();
        String resumeCode = AccessCodes.generate();
        SurveyResponse response = newResponse(context, token, asked.in(context.questionnaire(), null));
        response.resumeCodeHash =
                AccessCodes.resumeHash(AccessCodes.normalise(resumeCode).orElseThrow());
        return new Outcome.Redirect(context, continuePath(context, response), token, resumeCode);
    }

    /** The code form again, with what was typed and why it did not work. */
    private static Outcome refused(String typed, AskedLanguage asked, Outcome.CodeRefusal refusal) {
        return new Outcome.CodeEntry(asked.amongAll(), typed == null ? "" : typed.strip(), refusal);
    }

    private Outcome resume(SurveyResponse response, String typed, AskedLanguage asked) {
        WaveInstitution row = WaveInstitution.findById(response.waveInstitutionId);
        WaveContext context = context(row.slug, asked);
        if (context.status() != WaveStatus.OPEN) {
            return refused(typed, asked, Outcome.CodeRefusal.NOT_OPEN);
        }
        String token = Tokens.newToken();
        response.resumeTokenHash = Tokens.sha256(token);
        response.language = asked.in(context.questionnaire(), response.language);
        return new Outcome.Redirect(context, continuePath(context, response), token, null);
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
    public Outcome page(String slug, String token, String pageId, String resumeCode) {
        WaveContext context = context(slug, AskedLanguage.none());
        Optional<SurveyResponse> found = find(context, token, false);
        if (found.isEmpty()) {
            return new Outcome.Redirect(context, "");
        }
        SurveyResponse response = found.get();
        if (response.submitted()) {
            return new Outcome.Redirect(context, "/thanks");
        }
        if (context.status() != WaveStatus.OPEN) {
            return notOpen(context, response.language);
        }
        PageFlow flow = new PageFlow(context.questionnaire(), response.answers);
        Optional<Page> page = flow.page(pageId);
        if (page.isEmpty()) {
            return new Outcome.Redirect(context, continuePath(context, response));
        }
        PageView view = views.page(
                context, token, response.language, flow, page.get(), PageAnswers.asForm(response.answers), Map.of());
        boolean showCode = view.first()
                && resumeCode != null
                && AccessCodes.normalise(resumeCode).isPresent();
        return new Outcome.Show(view, showCode ? resumeCode : null, false);
    }

    /** Saves one page and says where to go next; see the class comment for the guarantees. */
    @Transactional
    public Outcome save(String slug, String pageId, SentPage sent) {
        WaveContext context = context(slug, AskedLanguage.none());
        String token = sent.token();
        Action action = sent.action();
        Map<String, List<String>> form = sent.answers();
        Optional<SurveyResponse> found = find(context, token, true);
        if (found.isEmpty()) {
            return new Outcome.Redirect(context, "");
        }
        SurveyResponse response = found.get();
        if (response.submitted()) {
            return new Outcome.Redirect(context, "/thanks");
        }
        if (context.status() != WaveStatus.OPEN) {
            return notOpen(context, response.language);
        }
        if (action == Action.LANGUAGE) {
            response.language = new AskedLanguage(sent.language(), null).in(context.questionnaire(), response.language);
        }
        PageFlow flow = new PageFlow(context.questionnaire(), response.answers);
        Optional<Page> shown = flow.page(pageId);
        if (shown.isEmpty()) {
            return onTo(context, token, continuePath(context, response));
        }
        Page page = shown.get();
        refuseStrangeFields(page, form);
        PageAnswers.Result read = PageAnswers.read(flow.visibleItems(page), form, action.checksRequired());

        Map<String, Object> answers = new LinkedHashMap<>(response.answers);
        for (Item item : page.items()) {
            AnswerKey.of(item).forEach(answers::remove);
        }
        answers.putAll(read.values());
        // answers to items a condition now hides are dropped: what is stored is exactly what was shown
        answers = PageFlow.withoutHidden(context.questionnaire(), answers);
        response.answers = answers;
        response.updatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        flow = new PageFlow(context.questionnaire(), answers);

        if (action.checksRequired() && !read.valid()) {
            return invalid(context, token, response, flow, page, read);
        }
        switch (action) {
            case BACK -> {
                Page previous = flow.before(page).orElse(page);
                response.currentPage = previous.id();
                return onTo(context, token, "/p/" + previous.id());
            }
            case LANGUAGE, AUTOSAVE -> {
                return onTo(context, token, "/p/" + page.id());
            }
            default -> {
                Optional<Page> next = flow.after(page);
                if (next.isPresent() && action == Action.NEXT) {
                    response.currentPage = next.get().id();
                    return onTo(context, token, "/p/" + next.get().id());
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
        List<String> strangers = form.keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .limit(5)
                .toList();
        if (!strangers.isEmpty()) {
            throw new BadRequestException("Fields that are not questions on page " + page.id() + ": " + strangers);
        }
    }

    /** The last step: everything required on every visible page must be there, then the response is sent. */
    private Outcome submit(WaveContext context, String token, SurveyResponse response, PageFlow flow) {
        for (Page page : flow.visiblePages()) {
            Map<String, List<String>> stored = PageAnswers.asForm(response.answers);
            PageAnswers.Result check = PageAnswers.read(flow.visibleItems(page), stored, true);
            if (!check.valid()) {
                response.currentPage = page.id();
                return invalid(context, token, response, flow, page, check);
            }
        }
        response.status = SurveyResponse.Status.SUBMITTED;
        response.submittedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.HOURS);
        // sent: nothing may open it again, not even the parent's own resume code
        response.resumeCodeHash = null;
        linkActivity.sent(context.rowId());
        return onTo(context, token, "/thanks");
    }

    /** On to the next path; the token is kept in the cookie again, for respondents who came by the hidden field. */
    private static Outcome onTo(WaveContext context, String token, String path) {
        return new Outcome.Redirect(context, path, looksLikeToken(token) ? token : null, null);
    }

    private Outcome invalid(
            WaveContext context,
            String token,
            SurveyResponse response,
            PageFlow flow,
            Page page,
            PageAnswers.Result read) {
        return new Outcome.Show(
                views.page(context, token, response.language, flow, page, read.raw(), read.errors()), null, true);
    }

    private static boolean acceptsAnonymousStart(WaveContext context) {
        return context.link().access() == Access.LINK;
    }
}
