package nl.betrokken.organisations;

public record BoardView(long id, long municipalityId, String name, String boardNumber) {

    static BoardView of(Board board) {
        return new BoardView(board.id, board.municipality.id, board.name, board.boardNumber);
    }
}
