package nl.betrokken.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.betrokken.disclosure.Warning;
import nl.betrokken.disclosure.Withheld;

/** Who answered: response rates, and the make-up of respondents next to that of all parents. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reach(
        long waveId,
        long respondents,
        Long population,
        Double responseRate,
        List<InstitutionReach> institutions,
        List<MakeUp> makeUp) {

    /** Live numbers of one institution, with what suggests its answers were padded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstitutionReach(
            long institutionId,
            String institution,
            String sector,
            long respondents,
            Integer population,
            Double responseRate,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {}

    /**
     * One background question: how its answers are spread among respondents and, where known, among
     * all parents. It is the item's published distribution, so it follows the same rules as every
     * other figure: withheld as a whole, never per answer.
     */
    public record MakeUp(
            String itemId,
            String text,
            boolean suppressed,
            Withheld withheld,
            Long answered,
            Integer leftOut,
            List<Group> groups) {}

    /** representation = share among respondents / share among all parents; under 0.8 counts as under-represented. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(
            String answer,
            String label,
            Long respondents,
            Double share,
            Double populationShare,
            Double representation,
            Boolean underRepresented) {}
}
