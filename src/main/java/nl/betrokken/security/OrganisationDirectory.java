package nl.betrokken.security;

/**
 * What accounts need to know of the organisation tree. The organisations feature sits above
 * security (it asks who is logged in), so it answers these questions through this interface
 * instead of security reading its tables.
 */
public interface OrganisationDirectory {

    /** The levels an account can be placed at. */
    enum Level {
        MUNICIPALITY,
        BOARD,
        INSTITUTION
    }

    boolean exists(Level level, long id);

    /** The municipality, board and institution of an account, filled in up the tree from the lowest one it names. */
    Placement placement(Long municipalityId, Long boardId, Long institutionId);

    /** Whether the municipality asks its analysts for a second factor. */
    boolean analystsNeedTwoFactor(long municipalityId);

    record Placement(Long municipalityId, Long boardId, Long institutionId) {}
}
