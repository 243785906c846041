package nl.betrokken.organisations;

import java.time.LocalDate;

public record InstitutionView(
        long id,
        long boardId,
        long municipalityId,
        String name,
        Sector sector,
        String brinCode,
        Integer pupilCount,
        Integer parentCount,
        Integer staffCount,
        String populationSource,
        LocalDate populationDate) {

    static InstitutionView of(Institution institution) {
        return new InstitutionView(
                institution.id,
                institution.board.id,
                institution.board.municipality.id,
                institution.name,
                institution.sector,
                institution.brinCode,
                institution.pupilCount,
                institution.parentCount,
                institution.staffCount,
                institution.populationSource,
                institution.populationDate);
    }
}
