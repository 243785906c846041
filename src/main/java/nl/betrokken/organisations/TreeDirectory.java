package nl.betrokken.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import nl.betrokken.security.OrganisationDirectory;

/** Answers the accounts' questions about the organisation tree from its entities. */
@ApplicationScoped
class TreeDirectory implements OrganisationDirectory {

    @Override
    public boolean exists(Level level, long id) {
        return switch (level) {
            case MUNICIPALITY -> Municipality.findById(id) != null;
            case BOARD -> Board.findById(id) != null;
            case INSTITUTION -> Institution.findById(id) != null;
        };
    }

    @Override
    public Placement placement(Long municipalityId, Long boardId, Long institutionId) {
        if (institutionId != null) {
            Institution institution = Institution.findById(institutionId);
            return new Placement(institution.board.municipality.id, institution.board.id, institutionId);
        }
        if (boardId != null) {
            return new Placement(Board.<Board>findById(boardId).municipality.id, boardId, null);
        }
        return new Placement(municipalityId, null, null);
    }

    @Override
    public boolean analystsNeedTwoFactor(long municipalityId) {
        Municipality municipality = Municipality.findById(municipalityId);
        return municipality != null && municipality.twoFactorForAnalysts;
    }
}
