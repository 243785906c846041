package nl.betrokken.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.disclosure.Disclosure;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.waves.Wave;
import nl.betrokken.waves.WaveService;

/**
 * The lists a school report reads per audience (the typology lists, the mutual expectations): for
 * each questionnaire of a kind answered by parents or staff, its latest wave that included the
 * school, with the figures of that one school.
 */
@ApplicationScoped
class SchoolLists {

    /** One list's latest wave at the school; {@code unit} is the school in it. */
    record Reading(Wave wave, WaveFigures figures, Unit unit) {

        Questionnaire questionnaire() {
            return figures.questionnaire();
        }
    }

    private final QuestionnaireCatalog catalog;
    private final WaveService waves;
    private final Disclosure disclosure;

    SchoolLists(QuestionnaireCatalog catalog, WaveService waves, Disclosure disclosure) {
        this.catalog = catalog;
        this.waves = waves;
        this.disclosure = disclosure;
    }

    List<Reading> latest(long institutionId, Predicate<Questionnaire> kind) {
        List<Reading> readings = new ArrayList<>();
        for (QuestionnaireCatalog.Entry entry : catalog.latestVersions()) {
            Questionnaire q = entry.questionnaire();
            if (!kind.test(q) || !(q.audience() == Audience.PARENT || q.audience() == Audience.STAFF)) {
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
            readings.add(new Reading(wave, figures, unit));
        }
        return readings;
    }
}
