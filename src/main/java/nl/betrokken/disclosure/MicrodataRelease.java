package nl.betrokken.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.betrokken.organisations.Sector;

/**
 * What a row of raw answers may say about who sent it, for the data controller's export of a closed
 * wave. The details that could single someone out are the institution, the week it was sent, the
 * language it was answered in and the background answers. An institution is named only when it has
 * at least the microdata threshold of responses; otherwise its rows carry the sector. Then every
 * combination of details must be shared by at least the figure threshold of rows; rows in smaller
 * combinations lose details step by step (first the week, then the language and background answers,
 * then the institution, then the sector) until the rows that share what is left are enough.
 */
public final class MicrodataRelease {

    /** The details of a row as stored: institution (wave institution), week, language and background answers. */
    public record Details(long waveInstitutionId, String week, String language, List<String> background) {
    }

    /** What of those details a row carries; null fields are left empty, background false means left out. */
    public record Released(String institution, Sector sector, String week, String language, boolean background) {
    }

    private record Location(Unit school, Sector sector) {
    }

    private final Map<Details, Released> released = new HashMap<>();
    private final int[] rowsPerStep = new int[5];

    private MicrodataRelease() {
    }

    /**
     * @param counts how many rows share each combination of details
     * @param threshold the smallest number of rows a combination of released details must describe
     * @param microdataThreshold the responses an institution needs to be named
     */
    public static MicrodataRelease of(List<Unit> units, Map<Details, Long> counts, int threshold, int microdataThreshold) {
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.waveInstitutionId(), u));
        Function<Details, Location> location = d -> {
            Unit unit = byId.get(d.waveInstitutionId());
            return new Location(unit.respondents() >= microdataThreshold ? unit : null, unit.sector());
        };
        List<Function<Details, Object>> steps = List.of(
                d -> List.of(location.apply(d), d.week(), d.language(), d.background()),
                d -> List.of(location.apply(d), d.language(), d.background()),
                d -> location.apply(d),
                d -> location.apply(d).sector(),
                d -> "");
        MicrodataRelease release = new MicrodataRelease();
        List<Details> remaining = new ArrayList<>(counts.keySet());
        for (int step = 0; step < steps.size() && !remaining.isEmpty(); step++) {
            Function<Details, Object> key = steps.get(step);
            Map<Object, Long> together = new HashMap<>();
            remaining.forEach(d -> together.merge(key.apply(d), counts.get(d), Long::sum));
            List<Details> left = new ArrayList<>();
            for (Details d : remaining) {
                if (together.get(key.apply(d)) >= threshold || step == steps.size() - 1) {
                    Location where = location.apply(d);
                    release.released.put(d, new Released(step <= 2 && where.school() != null ? where.school().name() : null,
                            step <= 3 ? where.sector() : null, step == 0 ? d.week() : null, step <= 1 ? d.language() : null,
                            step <= 1));
                    release.rowsPerStep[step] += counts.get(d).intValue();
                } else {
                    left.add(d);
                }
            }
            remaining = left;
        }
        return release;
    }

    /** A row that was not there when the export was planned (none should be: the wave is closed) carries nothing. */
    public Released release(Details details) {
        return released.getOrDefault(details, new Released(null, null, null, null, false));
    }

    /** Rows that kept every detail, lost the week, lost language and background, lost the institution, lost everything. */
    public int[] rowsPerStep() {
        return rowsPerStep.clone();
    }
}
