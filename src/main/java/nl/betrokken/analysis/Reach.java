package nl.betrokken.analysis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Who answered: response rates, and the make-up of respondents next to that of all parents. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reach(long waveId, long respondents, Long population, Double responseRate, List<InstitutionReach> institutions,
        List<MakeUp> makeUp) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstitutionReach(long institutionId, String institution, String sector, long respondents, Integer population,
            Double responseRate) {
    }

    /** One background question: how its answers are spread among respondents and, where known, among all parents. */
    public record MakeUp(String itemId, String text, List<Group> groups) {
    }

    /** representation = share among respondents / share among all parents; under 0.8 counts as under-represented. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(String answer, String label, Long respondents, Double share, Double populationShare,
            Double representation, Boolean underRepresented, boolean suppressed) {
    }
}
