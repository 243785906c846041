package nl.betrokken.waves;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.i18n.SupportedLanguage;

/**
 * What the wave page shows besides the wave itself: whether the user may change it (they see every
 * school in it), the schools they could add, how the response of each school grew, the languages
 * a letter can be printed in, and whether paper questionnaires can be printed (with the wave's channels
 * to hand them out through).
 */
public record WavePage(
        WaveView wave,
        boolean manageable,
        List<Choice> addable,
        Map<Long, List<Day>> progress,
        List<SupportedLanguage> letterLanguages,
        boolean paper,
        List<Choice> channels) {

    /** A school that may join the wave: in the user's scope, in the wave's municipality, not in it yet. */
    public record Choice(long id, String name) {}

    /** The number of responses sent by the end of a day (cumulative). */
    public record Day(LocalDate date, long sent) {}

    /** The days of one school, oldest first; empty before the wave opens. */
    public List<Day> progressOf(long institutionId) {
        return progress.getOrDefault(institutionId, List.of());
    }
}
