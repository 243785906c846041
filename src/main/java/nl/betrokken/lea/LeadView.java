package nl.betrokken.lea;

/** Who leads a round or a plan: the board (null for the municipality) and its name. */
public record LeadView(Long boardId, String lead) {}
