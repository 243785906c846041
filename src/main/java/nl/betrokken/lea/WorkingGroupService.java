package nl.betrokken.lea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.security.AuditLog;

/**
 * The working group that prepares a screening round or works out a plan: people without accounts,
 * with a role and, for parents, a mark (the policy box asks for a few parents in the group). The lead
 * keeps the list. Names never go into the audit trail or an export: only the member's id does.
 */
@ApplicationScoped
@Transactional
public class WorkingGroupService {

    static final String SCREENINGS = "screenings";
    static final String PLANS = "plans";

    private final LeaAccess access;
    private final AuditLog audit;

    public WorkingGroupService(LeaAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    /** A round or a plan, whichever the path names, with what the current user may do with it. */
    private record Owner(String kind, long id, String title, long municipalityId, boolean leads) {}

    private Owner owner(String kind, long id) {
        if (SCREENINGS.equals(kind)) {
            LeaScreening screening = access.screening(id);
            return new Owner(kind, id, screening.title, screening.municipalityId, access.leads(screening));
        }
        if (PLANS.equals(kind)) {
            ActionPlan plan = access.plan(id);
            return new Owner(kind, id, plan.title, plan.municipalityId, access.leads(plan));
        }
        throw new NotFoundException("working group", kind + "/" + id);
    }

    private Owner editable(String kind, long id) {
        Owner owner = owner(kind, id);
        if (!owner.leads()) {
            throw new io.quarkus.security.ForbiddenException("only the lead keeps the working group");
        }
        return owner;
    }

    public void requireEditable(String kind, long id) {
        editable(kind, id);
    }

    public WorkingGroupView view(String kind, long id) {
        Owner owner = owner(kind, id);
        boolean names = access.seesNames(owner.municipalityId());
        List<WorkingGroupView.Member> members =
                members(owner).stream().map(m -> member(m, names)).toList();
        return new WorkingGroupView(
                kind,
                id,
                owner.title(),
                ScreeningService.municipalityName(owner.municipalityId()),
                owner.leads(),
                names,
                members);
    }

    public WorkingGroupView.Member member(String kind, long id, long memberId) {
        Owner owner = owner(kind, id);
        return member(find(owner, memberId), access.seesNames(owner.municipalityId()));
    }

    public WorkingGroupView.Member add(String kind, long id, LeaRequests.Member request) {
        Owner owner = editable(kind, id);
        WorkingGroupMember member = new WorkingGroupMember();
        if (SCREENINGS.equals(kind)) {
            member.screeningId = id;
        } else {
            member.planId = id;
        }
        apply(member, request);
        member.persist();
        audit.record("member-added", "lea-working-group", member.id, owner.municipalityId(), kind + " " + id);
        return member(member, true);
    }

    public WorkingGroupView.Member update(String kind, long id, long memberId, LeaRequests.Member request) {
        Owner owner = editable(kind, id);
        WorkingGroupMember member = find(owner, memberId);
        apply(member, request);
        audit.record("member-updated", "lea-working-group", member.id, owner.municipalityId(), kind + " " + id);
        return member(member, true);
    }

    public void delete(String kind, long id, long memberId) {
        Owner owner = editable(kind, id);
        WorkingGroupMember member = find(owner, memberId);
        member.delete();
        audit.record("member-removed", "lea-working-group", memberId, owner.municipalityId(), kind + " " + id);
    }

    private static List<WorkingGroupMember> members(Owner owner) {
        return SCREENINGS.equals(owner.kind())
                ? WorkingGroupMember.ofScreening(owner.id())
                : WorkingGroupMember.ofPlan(owner.id());
    }

    private static WorkingGroupMember find(Owner owner, long memberId) {
        return (SCREENINGS.equals(owner.kind())
                        ? WorkingGroupMember.inScreening(owner.id(), memberId)
                        : WorkingGroupMember.inPlan(owner.id(), memberId))
                .orElseThrow(() -> new NotFoundException("working group member", memberId));
    }

    private static void apply(WorkingGroupMember member, LeaRequests.Member request) {
        WorkingGroupRole role = WorkingGroupRole.byCode(request.role())
                .orElseThrow(() -> new InvalidFieldException(
                        "role", "must be one of chair, secretary, member, advisor", "lea_member_role"));
        member.name = request.name().strip();
        member.organisation =
                request.organisation() == null ? "" : request.organisation().strip();
        member.role = role.code();
        member.parent = request.parent();
    }

    /** The members of a round or plan for the handout and the plan page, names as the caller may see them. */
    List<WorkingGroupView.Member> members(String kind, long id, long municipalityId) {
        boolean names = access.seesNames(municipalityId);
        return (SCREENINGS.equals(kind) ? WorkingGroupMember.ofScreening(id) : WorkingGroupMember.ofPlan(id))
                .stream().map(m -> member(m, names)).toList();
    }

    private static WorkingGroupView.Member member(WorkingGroupMember m, boolean names) {
        WorkingGroupRole role = WorkingGroupRole.byCode(m.role).orElse(WorkingGroupRole.MEMBER);
        return new WorkingGroupView.Member(
                m.id, names ? m.name : null, names ? m.organisation : null, role.code(), role.dutchName(), m.parent);
    }
}
