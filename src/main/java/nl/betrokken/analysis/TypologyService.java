package nl.betrokken.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.betrokken.analysis.TypologyProfile.ImprovementPoint;
import nl.betrokken.analysis.TypologyProfile.Rung;
import nl.betrokken.analysis.TypologyProfile.Side;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.model.TagDimension;
import nl.betrokken.organisations.Institution;
import nl.betrokken.security.Scope;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveInstitution;
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
    private final Counts counts;

    public TypologyService(Scope scope, QuestionnaireCatalog catalog, WaveService waves, Counts counts) {
        this.scope = scope;
        this.catalog = catalog;
        this.waves = waves;
        this.counts = counts;
    }

    public TypologyProfile profile(long institutionId) {
        Institution institution = scope.institution(institutionId);
        int threshold = institution.board.municipality.suppressionThreshold;
        List<Side> sides = new ArrayList<>();
        for (QuestionnaireCatalog.Entry entry : catalog.latestVersions()) {
            Questionnaire q = entry.questionnaire();
            if (q.typology() == null || q.modes().size() < 2
                    || !(q.audience() == Audience.PARENT || q.audience() == Audience.STAFF)) {
                continue;
            }
            List<Wave> with = waves.wavesWith(q.id(), institutionId);
            if (with.isEmpty()) {
                continue;
            }
            Wave wave = with.get(with.size() - 1);
            WaveInstitution row = WaveInstitution.find("wave = ?1 and institution.id = ?2", wave, institutionId).firstResult();
            Questionnaire version = catalog.byVersionId().get(wave.questionnaireVersionId).questionnaire();
            sides.add(side(version, wave, row, counts.read(List.of(row.id)), threshold));
        }
        return new TypologyProfile(institution.id, institution.name, sides);
    }

    static Side side(Questionnaire q, Wave wave, WaveInstitution row, Counts.Snapshot snapshot, int threshold) {
        List<Long> ids = List.of(row.id);
        long respondents = snapshot.respondents(ids);
        String audience = q.audience().code();
        if (respondents < threshold) {
            return new Side(audience, q.id(), wave.id, wave.name, respondents, respondents > 0, null, null, null, null);
        }
        String current = q.modes().get(0).id();
        String desired = q.modes().get(1).id();
        TagDimension ladder = q.tagDimension(q.typology().dimension()).orElseThrow();
        List<Rung> rungs = new ArrayList<>();
        List<ImprovementPoint> points = new ArrayList<>();
        String standsOn = null;
        String wishes = null;
        for (TagDimension.TagValue value : ladder.values()) {
            long[] now = new long[2];
            long[] wish = new long[2];
            for (Item item : q.items().filter(i -> value.id().equals(i.tags().get(ladder.id()))).toList()) {
                long[] c = positive(q, snapshot.answers(ids, item.id() + ":" + current));
                long[] d = positive(q, snapshot.answers(ids, item.id() + ":" + desired));
                add(now, c);
                add(wish, d);
                if (c[1] > 0 && d[1] > 0) {
                    double shareNow = (double) c[0] / c[1];
                    double shareWish = (double) d[0] / d[1];
                    points.add(new ImprovementPoint(item.id(), item.text().in("nl"), value.id(), shareNow, shareWish,
                            shareWish - shareNow, Math.min(c[1], d[1])));
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
            rungs.add(new Rung(value.id(), value.label().in("nl"), shareNow, shareWish, now[1], wish[1]));
        }
        points.sort(Comparator.comparingDouble(ImprovementPoint::gap).reversed().thenComparing(ImprovementPoint::itemId));
        return new Side(audience, q.id(), wave.id, wave.name, respondents, false, rungs, standsOn, wishes, points);
    }

    /** Positive answers and all answers of one item key. */
    private static long[] positive(Questionnaire q, Map<String, Long> answers) {
        long positive = q.typology().positive().stream().mapToLong(p -> answers.getOrDefault(p, 0L)).sum();
        return new long[] { positive, answers.getOrDefault("*", 0L) };
    }

    private static void add(long[] sum, long[] part) {
        sum[0] += part[0];
        sum[1] += part[1];
    }
}
