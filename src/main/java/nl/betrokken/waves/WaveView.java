package nl.betrokken.waves;

import java.time.LocalDate;
import java.util.List;

import nl.betrokken.definitions.model.Audience;

/** A wave with the institutions the caller may see, their ways in and how many have answered. */
public record WaveView(long id, String name, long municipalityId, String questionnaireId, int version, Audience audience,
        String title, LocalDate opensOn, LocalDate closesOn, WaveStatus status, List<InstitutionRow> institutions) {

    public record InstitutionRow(long institutionId, String institution, Access access, String link, Integer population,
            long submitted, long inProgress, Double responseRate) {
    }
}
