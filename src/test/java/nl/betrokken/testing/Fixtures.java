package nl.betrokken.testing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;

/** Organisations built straight in the database, each with a unique name. */
@ApplicationScoped
public class Fixtures {

    /** Two municipalities, each with one board and one institution; A's board has a second institution. */
    public record World(long municipalityA, long boardA, long institutionA, long institutionA2, long municipalityB,
            long boardB, long institutionB) {
    }

    @Transactional
    public World world() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Municipality a = municipality("Gemeente A " + tag);
        Board boardA = board(a, "Bestuur A " + tag);
        Institution institutionA = institution(boardA, "School A1 " + tag, Sector.PRIMARY);
        Institution institutionA2 = institution(boardA, "School A2 " + tag, Sector.SECONDARY);
        Municipality b = municipality("Gemeente B " + tag);
        Board boardB = board(b, "Bestuur B " + tag);
        Institution institutionB = institution(boardB, "School B1 " + tag, Sector.PRIMARY);
        return new World(a.id, boardA.id, institutionA.id, institutionA2.id, b.id, boardB.id, institutionB.id);
    }

    @Transactional
    public Municipality municipality(String name) {
        Municipality municipality = new Municipality();
        municipality.name = name;
        municipality.persist();
        return municipality;
    }

    @Transactional
    public Board board(Municipality municipality, String name) {
        Board board = new Board();
        board.municipality = Municipality.findById(municipality.id);
        board.name = name;
        board.persist();
        return board;
    }

    /** Sets the number of parents an institution's response rate counts against. */
    @Transactional
    public void population(long institutionId, Integer parents) {
        Institution.<Institution>findById(institutionId).parentCount = parents;
    }

    @Transactional
    public Institution institution(Board board, String name, Sector sector) {
        Institution institution = new Institution();
        institution.board = Board.findById(board.id);
        institution.name = name;
        institution.sector = sector;
        institution.parentCount = 100;
        institution.persist();
        return institution;
    }
}
