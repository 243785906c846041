package nl.betrokken.security;

/**
 * The logged-in user as every request sees it, with the organisation ids the role reaches: a lead
 * also carries the board and municipality of the institution, so scope checks need no queries.
 */
public record AuthenticatedUser(
        long id,
        String username,
        String displayName,
        Role role,
        Long municipalityId,
        Long boardId,
        Long institutionId,
        boolean mustChangePassword,
        boolean twoFactorEnabled) {

    public static final String ATTRIBUTE = "betrokken.user";

    public boolean is(Role other) {
        return role == other;
    }

    /** Only administrators keep what spans municipalities, such as the platform's norm groups. */
    public boolean runsPlatform() {
        return role == Role.ADMINISTRATOR;
    }

    /** Administrators and analysts keep organisations, targets, settings and the audit trail: the staff pages say so. */
    public boolean administers() {
        return role == Role.ADMINISTRATOR || role == Role.MUNICIPALITY_ANALYST;
    }
}
