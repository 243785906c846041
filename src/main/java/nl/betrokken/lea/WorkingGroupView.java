package nl.betrokken.lea;

import java.util.List;

/**
 * The working group of a round or a plan. Name and organisation are null for whoever is not staff of
 * the municipality (the administrator): they are personal data, the role and the parent mark are not.
 */
public record WorkingGroupView(
        String kind,
        long ownerId,
        String title,
        String municipality,
        boolean mayEdit,
        boolean namesShown,
        List<Member> members) {

    public record Member(long id, String name, String organisation, String role, String roleName, boolean parent) {}

    public long parents() {
        return members.stream().filter(Member::parent).count();
    }
}
