package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.betrokken.analysis.TypologyProfile.ImprovementPoint;
import nl.betrokken.analysis.TypologyProfile.Rung;
import nl.betrokken.analysis.TypologyProfile.Side;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.model.TagDimension;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Scope;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveService;

/**
 * The school typology profile of one institution, from the latest wave of each typology list
 * (parents, staff) that included it. The first mode of the list is the current situation, the
 * second the desired one.
 */
@ApplicationScoped
@Transactional
public class TypologyService {

    private final Scope scope;
    private final QuestionnaireCatalog catalog;
    private final WaveService waves;
    private final Disclosure disclosure;

    public TypologyService(Scope scope, QuestionnaireCatalog catalog, WaveService waves, Disclosure disclosure) {
        this.scope = scope;
        this.catalog = catalog;
        this.waves = waves;
        this.disclosure = disclosure;
    }

    public TypologyProfile profile(long institutionId) {
        Institution institution = scope.institution(institutionId);
        List<Side> sides = new ArrayList<>();
        for (QuestionnaireCatalog.Entry entry : catalog.latestVersions()) {
            Questionnaire q = entry.questionnaire();
            if (q.typology() == null
                    || q.modes().size() < 2
                    || !(q.audience() == Audience.PARENT || q.audience() == Audience.STAFF)) {
                continue;
            }
            List<Wave> with = waves.wavesWith(q.id(), institutionId);
            if (with.isEmpty()) {
                continue;
            }
            Wave wave = with.get(with.size() - 1);
            WaveFigures figures = disclosure.wave(wave.id);
            Unit unit = figures.units().stream()
                    .filter(u -> u.institutionId() == institutionId)
                    .findFirst()
                    .orElseThrow();
            sides.add(side(figures, wave, unit));
        }
        return new TypologyProfile(institution.id, institution.name, sides);
    }

    /**
     * One audience's profile. Every statement is a published figure of its own; a type's share adds up
     * only the statements that are shown, so a hidden statement cannot be worked out from its type.
     */
    static Side side(WaveFigures figures, Wave wave, Unit unit) {
        Questionnaire q = figures.questionnaire();
        List<Unit> group = List.of(unit);
        long respondents = figures.respondents(group);
        String audience = q.audience().code();
        String current = q.modes().get(0).id();
        String desired = q.modes().get(1).id();
        TagDimension ladder = q.tagDimension(q.typology().dimension()).orElseThrow();
        List<Rung> rungs = new ArrayList<>();
        List<ImprovementPoint> points = new ArrayList<>();
        String standsOn = null;
        String wishes = null;
        boolean anyShown = false;
        for (TagDimension.TagValue value : ladder.values()) {
            long[] now = new long[2];
            long[] wish = new long[2];
            for (Item item : q.items()
                    .filter(i -> value.id().equals(i.tags().get(ladder.id())))
                    .toList()) {
                Aggregate c = figures.distribution(AnswerKey.of(item, current), group);
                Aggregate d = figures.distribution(AnswerKey.of(item, desired), group);
                long[] cNow = positive(q, c);
                long[] dWish = positive(q, d);
                add(now, cNow);
                add(wish, dWish);
                anyShown |= c.shown() || d.shown();
                if (c.shown() && d.shown()) {
                    double shareNow = (double) cNow[0] / cNow[1];
                    double shareWish = (double) dWish[0] / dWish[1];
                    points.add(new ImprovementPoint(
                            item.id(),
                            item.text().in(StaffLanguage.CODE),
                            value.id(),
                            shareNow,
                            shareWish,
                            shareWish - shareNow,
                            Math.min(cNow[1], dWish[1])));
                }
            }
            Double shareNow = now[1] == 0 ? null : (double) now[0] / now[1];
            Double shareWish = wish[1] == 0 ? null : (double) wish[0] / wish[1];
            if (shareNow != null && shareNow >= q.typology().reachedAt()) {
                standsOn = value.id();
            }
            if (shareWish != null && shareWish >= q.typology().reachedAt()) {
                wishes = value.id();
            }
            rungs.add(new Rung(value.id(), value.label().in(StaffLanguage.CODE), shareNow, shareWish, now[1], wish[1]));
        }
        if (!anyShown) {
            return new Side(
                    audience,
                    q.id(),
                    wave.id,
                    wave.name,
                    respondents,
                    figures.threshold(),
                    true,
                    null,
                    null,
                    null,
                    null);
        }
        points.sort(
                Comparator.comparingDouble(ImprovementPoint::gap).reversed().thenComparing(ImprovementPoint::itemId));
        return new Side(
                audience,
                q.id(),
                wave.id,
                wave.name,
                respondents,
                figures.threshold(),
                false,
                rungs,
                standsOn,
                wishes,
                points);
    }

    /** Positive answers and all answers of one statement; nothing when it is not shown. */
    private static long[] positive(Questionnaire q, Aggregate answers) {
        if (!answers.shown()) {
            return new long[2];
        }
        long positive =
                q.typology().positive().stream().mapToLong(answers::count).sum();
        return new long[] {positive, answers.count("*")};
    }

    private static void add(long[] sum, long[] part) {
        sum[0] += part[0];
        sum[1] += part[1];
    }
}
