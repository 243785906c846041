package nl.betrokken.disclosure;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A count of institutions, for questionnaires organisations answer about themselves: of the
 * {@code counted} institutions that answered an indicator, {@code positive} answered it positively
 * ("12 of 15 schools have a contact person for parents"). When {@code withheld} is set, nothing
 * else may be shown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionTally(Withheld withheld, int positive, int counted) {

    static InstitutionTally withheld(Withheld reason) {
        return new InstitutionTally(reason, 0, 0);
    }

    public boolean shown() {
        return withheld == null;
    }
}
