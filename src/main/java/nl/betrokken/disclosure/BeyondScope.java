package nl.betrokken.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which aggregates beyond a viewer's own institutions a board member or lead may see: the whole
 * wave, and each sector (a target's figure is always one of these). The viewer knows their own
 * institutions' cells, so what such an aggregate tells them is the sum over the institutions
 * outside their scope: its "outside part". A part is safe when it spans at least the minimum
 * number of institutions, its answers are more than that many times the threshold (each counted
 * institution has at least the threshold, so exactly that many would pin every one of them), and
 * at least one answer is positive and one is not (all alike would pin every institution's count of
 * the other kind at zero: "everyone there is satisfied" is a figure about each of them). The sectors'
 * parts add up to the whole's, so when the whole is shown, the hidden sectors together must form
 * a safe part too; otherwise more sectors, smallest first, or the whole are hidden with them.
 */
final class BeyondScope {

    static final String ALL = "*";

    /** The outside part of one aggregate: how many institutions, and their answered and positive. */
    record Part(int institutions, long answered, long positive) {

        static final Part NONE = new Part(0, 0, 0);

        boolean empty() {
            return institutions == 0;
        }

        boolean safe(int threshold, int minimumInstitutions) {
            return institutions >= minimumInstitutions
                    && answered > (long) institutions * threshold
                    && positive >= 1
                    && answered - positive >= 1;
        }

        Part plus(Part other) {
            return new Part(institutions + other.institutions, answered + other.answered, positive + other.positive);
        }
    }

    private BeyondScope() {}

    /** For the whole ({@link #ALL}) and every sector: null when it may be shown, or why not. */
    static Map<String, Withheld> pattern(
            Part whole, Map<String, Part> sectors, int threshold, int minimumInstitutions) {
        Map<String, Withheld> withheld = new HashMap<>();
        Part hidden = Part.NONE;
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, Part> sector : sectors.entrySet()) {
            Part part = sector.getValue();
            if (part.empty() || part.safe(threshold, minimumInstitutions)) {
                if (!part.empty()) {
                    shown.add(sector.getKey());
                }
            } else {
                withheld.put(sector.getKey(), Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE);
                hidden = hidden.plus(part);
            }
        }
        if (whole.empty()) {
            return withheld;
        }
        if (!whole.safe(threshold, minimumInstitutions)) {
            withheld.put(ALL, Withheld.FEW_INSTITUTIONS_BEYOND_SCOPE);
            return withheld;
        }
        // Hiding every sector leaves the whole as the hidden part, which is safe: the loop always ends.
        shown.sort(Comparator.comparingLong((String s) -> sectors.get(s).answered())
                .thenComparing(s -> s));
        while (!hidden.empty() && !hidden.safe(threshold, minimumInstitutions)) {
            String next = shown.remove(0);
            withheld.put(next, Withheld.PROTECTS_ANOTHER_FIGURE);
            hidden = hidden.plus(sectors.get(next));
        }
        return withheld;
    }
}
