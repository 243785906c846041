package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.betrokken.analysis.StatementChange.Share;
import nl.betrokken.analysis.stats.Proportions;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.common.time.Dates;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveService;

/**
 * How a statement of one school changed from the wave an improvement action started from to the
 * newest wave of the same list that has opened: the same two-proportion comparison as between two
 * waves of the monitor ({@link AnalysisService#compare}), on one statement's published counts. The
 * first mode of a list is the current situation, the second the desired one; the improvement an
 * action aims at is in the current situation, so only that is tested.
 */
@ApplicationScoped
@Transactional
public class StatementFollowUp {

    /** Whose view of the figures: the logged-in user's, or the school's own page for its parents. */
    public enum Reader {
        CURRENT_USER,
        SCHOOL_PAGE
    }

    private final QuestionnaireCatalog catalog;
    private final WaveService waves;
    private final Disclosure disclosure;
    private final ConfidenceLevel confidence;

    public StatementFollowUp(
            QuestionnaireCatalog catalog, WaveService waves, Disclosure disclosure, ConfidenceLevel confidence) {
        this.catalog = catalog;
        this.waves = waves;
        this.disclosure = disclosure;
        this.confidence = confidence;
    }

    /** The newest wave of a questionnaire that has opened at the institution: the one a new action starts from. */
    public Optional<Long> latestWave(String questionnaireId, long institutionId) {
        List<Wave> opened = opened(questionnaireId, institutionId);
        return opened.isEmpty() ? Optional.empty() : Optional.of(opened.get(opened.size() - 1).id);
    }

    /**
     * The change of one statement at an institution the caller has already checked the reader may
     * see (the current user's scope, or the school publishing its own page).
     */
    public StatementChange change(
            long institutionId, String questionnaireId, String itemId, Long baselineWaveId, Reader reader) {
        String text = catalog.latest(questionnaireId)
                .flatMap(e -> e.questionnaire().item(itemId))
                .map(i -> i.text().in(StaffLanguage.CODE))
                .orElse(itemId);
        String audience = catalog.latest(questionnaireId)
                .map(e -> e.questionnaire().audience().code())
                .orElse(null);
        List<Wave> opened = opened(questionnaireId, institutionId);
        int start = baselineWaveId == null
                ? -1
                : opened.stream().map(w -> w.id).toList().indexOf(baselineWaveId);
        if (start < 0) {
            return untested(
                    questionnaireId, itemId, text, audience, StatementChange.NO_BASELINE, null, null, null, null);
        }
        Wave before = opened.get(start);
        Shares then = shares(before.id, institutionId, itemId, reader);
        if (start == opened.size() - 1) {
            return untested(
                    questionnaireId, itemId, text, audience, StatementChange.NO_FOLLOW_UP, before, null, then, null);
        }
        Wave after = opened.get(opened.size() - 1);
        Shares now = shares(after.id, institutionId, itemId, reader);
        if (then.current() == null || now.current() == null) {
            return untested(
                    questionnaireId, itemId, text, audience, StatementChange.NOT_SHOWN, before, after, then, now);
        }
        double level = confidence.of(after.municipalityId);
        var difference = Proportions.difference(
                now.current().positive(),
                now.current().answered(),
                then.current().positive(),
                then.current().answered(),
                level);
        return new StatementChange(
                questionnaireId,
                itemId,
                text,
                audience,
                StatementChange.COMPARED,
                before.id,
                before.name,
                after.id,
                after.name,
                then.current(),
                now.current(),
                then.desired(),
                now.desired(),
                difference.estimate(),
                difference.lower(),
                difference.upper(),
                difference.pValue(),
                level,
                difference.significant(),
                difference.significant() && difference.estimate() > 0);
    }

    private record Shares(Share current, Share desired) {}

    /** The statement's published shares of "yes" in one wave, per mode; null where not shown. */
    private Shares shares(long waveId, long institutionId, String itemId, Reader reader) {
        WaveFigures figures = reader == Reader.SCHOOL_PAGE
                ? disclosure.ofInstitution(waveId, institutionId)
                : disclosure.wave(waveId);
        Questionnaire q = figures.questionnaire();
        Optional<Item> item = q.item(itemId);
        Optional<Unit> unit = figures.units().stream()
                .filter(u -> u.institutionId() == institutionId)
                .findFirst();
        if (item.isEmpty() || unit.isEmpty()) {
            return new Shares(null, null);
        }
        List<String> modes = item.get().answerModes();
        String current = modes.get(0);
        String desired = modes.size() < 2 ? null : modes.get(1);
        Set<String> positive =
                q.typology() == null ? Set.of("yes") : q.typology().positive();
        return new Shares(
                share(figures, AnswerKey.of(item.get(), current), unit.get(), positive),
                desired == null ? null : share(figures, AnswerKey.of(item.get(), desired), unit.get(), positive));
    }

    private static Share share(WaveFigures figures, String key, Unit unit, Set<String> positive) {
        Aggregate answers = figures.distribution(key, List.of(unit));
        if (!answers.shown() || answers.count("*") == 0) {
            return null;
        }
        long yes = positive.stream().mapToLong(answers::count).sum();
        long answered = answers.count("*");
        return new Share(yes, answered, (double) yes / answered);
    }

    private List<Wave> opened(String questionnaireId, long institutionId) {
        return waves.wavesWith(questionnaireId, institutionId).stream()
                .filter(w -> !w.opensOn.isAfter(Dates.today()))
                .toList();
    }

    /** A change without a test: there is no baseline, no follow-up yet, or a share that is not shown. */
    private static StatementChange untested(
            String questionnaireId,
            String itemId,
            String text,
            String audience,
            String state,
            Wave before,
            Wave after,
            Shares then,
            Shares now) {
        return new StatementChange(
                questionnaireId,
                itemId,
                text,
                audience,
                state,
                before == null ? null : before.id,
                before == null ? null : before.name,
                after == null ? null : after.id,
                after == null ? null : after.name,
                then == null ? null : then.current(),
                now == null ? null : now.current(),
                then == null ? null : then.desired(),
                now == null ? null : now.desired(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
