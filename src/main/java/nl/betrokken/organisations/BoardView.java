package nl.betrokken.organisations;

public record BoardView(long id, long municipalityId, String name, boolean archived, String boardNumber) {

    static BoardView of(Board board) {
        return new BoardView(board.id, board.municipality.id, board.name, board.archived(), board.boardNumber);
    }
}
