package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.analysis.ExpectationsProfile.Expectation;
import nl.betrokken.analysis.ExpectationsProfile.Share;
import nl.betrokken.analysis.ExpectationsProfile.Side;
import nl.betrokken.analysis.ExpectationsProfile.Unmet;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.Mode;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Scope;
import nl.betrokken.waves.Wave;

/**
 * Reads {@link ExpectationsProfile}: a list is a mutual-expectations list when its statements are
 * answered in the modes {@value #HAPPENS} and {@value #MATTERS} (see survey-definitions/README.md).
 * An expectation is unmet for a side when at least half say it matters and the share saying it
 * happens lies at least {@code betrokken.analysis.unmet-gap} below that.
 */
@ApplicationScoped
@Transactional
public class ExpectationsService {

    static final String HAPPENS = "happens";
    static final String MATTERS = "matters";
    static final String DIRECTION = "direction";
    static final String TOPIC = "topic";
    private static final List<String> YES = List.of("yes");

    private final Scope scope;
    private final SchoolLists schoolLists;
    private final AnalysisConfig config;

    public ExpectationsService(Scope scope, SchoolLists schoolLists, AnalysisConfig config) {
        this.scope = scope;
        this.schoolLists = schoolLists;
        this.config = config;
    }

    static boolean isExpectationsList(Questionnaire q) {
        List<String> modes = q.modes().stream().map(Mode::id).toList();
        return modes.contains(HAPPENS) && modes.contains(MATTERS);
    }

    public ExpectationsProfile profile(long institutionId) {
        Institution institution = scope.institution(institutionId);
        double gap = config.unmetGap();
        List<Side> sides = new ArrayList<>();
        List<Map<String, Share>> sharesBySide = new ArrayList<>();
        Map<String, Expectation> expectations = new LinkedHashMap<>();
        for (SchoolLists.Reading reading : schoolLists.latest(institutionId, ExpectationsService::isExpectationsList)) {
            Wave wave = reading.wave();
            WaveFigures figures = reading.figures();
            Questionnaire q = figures.questionnaire();
            List<Unit> group = List.of(reading.unit());
            Map<String, Share> shares = new HashMap<>();
            for (Item item :
                    q.items().filter(i -> i.answerModes().contains(HAPPENS)).toList()) {
                expectations.computeIfAbsent(item.id(), id -> expectation(q, item));
                ModeCount happens = ModeCount.of(figures, group, item, HAPPENS, YES);
                ModeCount matters = ModeCount.of(figures, group, item, MATTERS, YES);
                if (happens.shown() && matters.shown()) {
                    double h = happens.share();
                    double m = matters.share();
                    shares.put(
                            item.id(),
                            new Share(
                                    q.audience().code(),
                                    h,
                                    m,
                                    Math.min(happens.answered(), matters.answered()),
                                    m >= 0.5 && m - h >= gap - 1e-9));
                }
            }
            sides.add(new Side(
                    q.audience().code(),
                    q.id(),
                    wave.id,
                    wave.name,
                    figures.respondents(group),
                    figures.threshold(),
                    shares.isEmpty()));
            sharesBySide.add(shares);
        }
        List<Expectation> rows = new ArrayList<>();
        List<Unmet> unmet = new ArrayList<>();
        for (Expectation e : expectations.values()) {
            List<Share> bySide = new ArrayList<>();
            for (int s = 0; s < sides.size(); s++) {
                String audience = sides.get(s).audience();
                bySide.add(sharesBySide.get(s).getOrDefault(e.itemId(), new Share(audience, null, null, null, false)));
            }
            rows.add(new Expectation(e.itemId(), e.text(), e.direction(), e.directionLabel(), e.topic(), bySide));
            List<String> who =
                    bySide.stream().filter(Share::unmet).map(Share::audience).toList();
            if (!who.isEmpty()) {
                unmet.add(new Unmet(e.itemId(), e.text(), e.direction(), e.directionLabel(), who));
            }
        }
        return new ExpectationsProfile(institution.id, institution.name, sides, rows, unmet, gap);
    }

    private static Expectation expectation(Questionnaire q, Item item) {
        String direction = item.tags().get(DIRECTION);
        return new Expectation(
                item.id(),
                item.text().in(StaffLanguage.CODE),
                direction,
                label(q, DIRECTION, direction),
                label(q, TOPIC, item.tags().get(TOPIC)),
                List.of());
    }

    private static String label(Questionnaire q, String tag, String value) {
        return q.tagDimension(tag)
                .flatMap(d -> d.value(value))
                .map(v -> v.label().in(StaffLanguage.CODE))
                .orElse(value);
    }
}
