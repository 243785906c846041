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
        boolean archived,
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
                institution.archived(),
                institution.populationSource,
                institution.populationDate);
    }
}
