package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.betrokken.analysis.TypologyProfile.Group;
import nl.betrokken.analysis.TypologyProfile.ImprovementPoint;
import nl.betrokken.analysis.TypologyProfile.Rung;
import nl.betrokken.analysis.TypologyProfile.Share;
import nl.betrokken.analysis.TypologyProfile.Side;
import nl.betrokken.analysis.TypologyProfile.Statement;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.model.TagDimension;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Scope;
import nl.betrokken.waves.Wave;

/**
 * The school typology profile of one institution, from the latest wave of each typology list
 * (parents, staff) that included it. The first mode of the list is the current situation, the
 * second the desired one.
 */
@ApplicationScoped
@Transactional
public class TypologyService {

    private final Scope scope;
    private final SchoolLists schoolLists;
    private final AnalysisConfig config;

    /** The tags of the typology lists that say which form of involvement and which level a statement is about. */
    static final String INVOLVEMENT = "involvement";

    static final String LEVEL = "level";

    public TypologyService(Scope scope, SchoolLists schoolLists, AnalysisConfig config) {
        this.scope = scope;
        this.schoolLists = schoolLists;
        this.config = config;
    }

    public TypologyProfile profile(long institutionId) {
        Institution institution = scope.institution(institutionId);
        List<Side> sides = new ArrayList<>();
        List<Questionnaire> lists = new ArrayList<>();
        for (SchoolLists.Reading reading : schoolLists.latest(
                institutionId, q -> q.typology() != null && q.modes().size() >= 2)) {
            sides.add(side(reading.figures(), reading.wave(), reading.unit(), config.notWantedBelow()));
            lists.add(reading.questionnaire());
        }
        return new TypologyProfile(institution.id, institution.name, sides, statements(sides, lists));
    }

    /** Every statement, in the order of the first list that has it, with each side's shares beside each other. */
    static List<Statement> statements(List<Side> sides, List<Questionnaire> lists) {
        Map<String, Statement> rows = new LinkedHashMap<>();
        for (int s = 0; s < sides.size(); s++) {
            Questionnaire q = lists.get(s);
            String ladder = q.typology().dimension();
            for (Item item : q.items().filter(i -> i.tags().containsKey(ladder)).toList()) {
                rows.computeIfAbsent(
                        item.id(),
                        id -> new Statement(
                                id,
                                item.text().in(StaffLanguage.CODE),
                                item.tags().get(ladder),
                                item.tags().get(INVOLVEMENT),
                                item.tags().get(LEVEL),
                                tagLabels(q, item, List.of(ladder, INVOLVEMENT, LEVEL)),
                                new ArrayList<>()));
            }
        }
        for (Statement row : rows.values()) {
            for (Side side : sides) {
                Optional<ImprovementPoint> point = side.suppressed()
                        ? Optional.empty()
                        : side.improvementPoints().stream()
                                .filter(p -> p.itemId().equals(row.itemId()))
                                .findFirst();
                row.bySide()
                        .add(point.map(p -> new Share(side.audience(), p.current(), p.desired(), p.respondents()))
                                .orElse(new Share(side.audience(), null, null, null)));
            }
        }
        return rows.values().stream()
                .filter(r -> r.bySide().stream().anyMatch(share -> share.current() != null))
                .map(r -> new Statement(
                        r.itemId(),
                        r.text(),
                        r.rung(),
                        r.involvement(),
                        r.level(),
                        r.tagLabels(),
                        List.copyOf(r.bySide())))
                .toList();
    }

    private static String tagLabels(Questionnaire q, Item item, List<String> tags) {
        List<String> labels = new ArrayList<>();
        for (String tag : tags) {
            String value = item.tags().get(tag);
            q.tagDimension(tag)
                    .flatMap(d -> d.value(value))
                    .ifPresent(v -> labels.add(v.label().in(StaffLanguage.CODE)));
        }
        return String.join(", ", labels);
    }

    /**
     * One audience's profile. Every statement is a published figure of its own; a type's share adds up
     * only the statements that are shown, so a hidden statement cannot be worked out from its type.
     */
    static Side side(WaveFigures figures, Wave wave, Unit unit, double notWantedBelow) {
        Questionnaire q = figures.questionnaire();
        List<Unit> group = List.of(unit);
        long respondents = figures.respondents(group);
        String audience = q.audience().code();
        String current = q.modes().get(0).id();
        String desired = q.modes().get(1).id();
        double reachedAt = q.typology().reachedAt();
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
                ModeCount c =
                        ModeCount.of(figures, group, item, current, q.typology().positive());
                ModeCount d =
                        ModeCount.of(figures, group, item, desired, q.typology().positive());
                add(now, c);
                add(wish, d);
                anyShown |= c.shown() || d.shown();
                if (c.shown() && d.shown()) {
                    points.add(new ImprovementPoint(
                            item.id(),
                            item.text().in(StaffLanguage.CODE),
                            value.id(),
                            item.tags().get(INVOLVEMENT),
                            item.tags().get(LEVEL),
                            c.share(),
                            d.share(),
                            d.share() - c.share(),
                            Math.min(c.answered(), d.answered())));
                }
            }
            Double shareNow = now[1] == 0 ? null : (double) now[0] / now[1];
            Double shareWish = wish[1] == 0 ? null : (double) wish[0] / wish[1];
            if (shareNow != null && shareNow >= reachedAt) {
                standsOn = value.id();
            }
            if (shareWish != null && shareWish >= reachedAt) {
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
                    null,
                    null,
                    reachedAt,
                    null,
                    null,
                    notWantedBelow,
                    null,
                    null);
        }
        List<ImprovementPoint> notWanted = points.stream()
                .filter(p -> p.desired() < notWantedBelow || p.desired() < p.current())
                .sorted(Comparator.comparingDouble(ImprovementPoint::desired).thenComparing(ImprovementPoint::itemId))
                .toList();
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
                mostYes(rungs, Rung::current),
                mostYes(rungs, Rung::desired),
                reachedAt,
                points,
                notWanted,
                notWantedBelow,
                groups(q, INVOLVEMENT, ImprovementPoint::involvement, points),
                groups(q, LEVEL, ImprovementPoint::level, points));
    }

    /**
     * The source document's reading: the type whose statements got the largest share of "yes". On a tie
     * the lower type, since the higher one is not yet more true than it.
     */
    static String mostYes(List<Rung> rungs, Function<Rung, Double> share) {
        String best = null;
        double most = -1;
        for (Rung rung : rungs) {
            Double value = share.apply(rung);
            if (value != null && value > most) {
                most = value;
                best = rung.id();
            }
        }
        return best;
    }

    /** The improvement points (wished more than practised) per value of a tag, in the tag's order. */
    private static List<Group> groups(
            Questionnaire q, String tag, Function<ImprovementPoint, String> valueOf, List<ImprovementPoint> points) {
        Optional<TagDimension> dimension = q.tagDimension(tag);
        if (dimension.isEmpty()) {
            return List.of();
        }
        List<Group> groups = new ArrayList<>();
        for (TagDimension.TagValue value : dimension.get().values()) {
            List<ImprovementPoint> of = points.stream()
                    .filter(p -> p.gap() > 0)
                    .filter(p -> value.id().equals(valueOf.apply(p)))
                    .toList();
            if (!of.isEmpty()) {
                groups.add(new Group(value.id(), value.label().in(StaffLanguage.CODE), of));
            }
        }
        return groups;
    }

    private static void add(long[] sum, ModeCount part) {
        sum[0] += part.positive();
        sum[1] += part.answered();
    }
}
