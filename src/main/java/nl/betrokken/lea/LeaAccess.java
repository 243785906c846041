package nl.betrokken.lea;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;

/**
 * Who reaches which screening and plan. A municipality sees its own; a board sees a screening only
 * when it was invited (a lead board always is), and the plans of its municipality; an administrator
 * sees all but speaks for no partner. Anything out of reach is "not found", as everywhere else.
 *
 * <p>Who edits is the lead's business: the municipality's analysts when the municipality leads, the
 * lead board's members when a board does. The analysts start rounds and plans and may always hand the
 * lead to another board or take it back, because the LEA stays the municipality's agenda.
 */
@RequestScoped
public class LeaAccess {

    private final CurrentUser currentUser;

    public LeaAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    AuthenticatedUser user() {
        return currentUser.require();
    }

    LeaScreening screening(long id) {
        LeaScreening screening = LeaScreening.findById(id);
        if (screening == null || !sees(screening)) {
            throw new NotFoundException("screening", id);
        }
        return screening;
    }

    boolean sees(LeaScreening screening) {
        AuthenticatedUser user = user();
        return switch (user.role()) {
            case ADMINISTRATOR -> true;
            case MUNICIPALITY_ANALYST -> Objects.equals(user.municipalityId(), screening.municipalityId);
            case BOARD_MEMBER ->
                LeaPartner.ofBoard(screening.id, user.boardId()).isPresent();
            case INSTITUTION_LEAD -> false;
        };
    }

    /** The screenings the current user sees, newest first, filtered in the query rather than one by one. */
    List<LeaScreening> screenings() {
        AuthenticatedUser user = user();
        return switch (user.role()) {
            case ADMINISTRATOR -> LeaScreening.newestFirst();
            case MUNICIPALITY_ANALYST -> LeaScreening.ofMunicipality(user.municipalityId());
            case BOARD_MEMBER -> LeaScreening.withBoard(user.boardId());
            case INSTITUTION_LEAD -> List.of();
        };
    }

    /** The plans the current user sees, newest first. */
    List<ActionPlan> plans() {
        AuthenticatedUser user = user();
        return switch (user.role()) {
            case ADMINISTRATOR -> ActionPlan.newestFirst();
            case MUNICIPALITY_ANALYST, BOARD_MEMBER -> ActionPlan.ofMunicipality(user.municipalityId());
            case INSTITUTION_LEAD -> List.of();
        };
    }

    ActionPlan plan(long id) {
        ActionPlan plan = ActionPlan.findById(id);
        if (plan == null || !sees(plan)) {
            throw new NotFoundException("action plan", id);
        }
        return plan;
    }

    boolean sees(ActionPlan plan) {
        AuthenticatedUser user = user();
        return switch (user.role()) {
            case ADMINISTRATOR -> true;
            case MUNICIPALITY_ANALYST, BOARD_MEMBER -> Objects.equals(user.municipalityId(), plan.municipalityId);
            case INSTITUTION_LEAD -> false;
        };
    }

    /** The analysts of a municipality start rounds and plans and choose their lead; the administrator looks on. */
    boolean mayManage(long municipalityId) {
        AuthenticatedUser user = user();
        return user.is(Role.MUNICIPALITY_ANALYST) && Objects.equals(user.municipalityId(), municipalityId);
    }

    void requireManage(long municipalityId) {
        if (!mayManage(municipalityId)) {
            throw new ForbiddenException("only the municipality starts an LEA round or plan and chooses its lead");
        }
    }

    /** Whether the current user speaks for the lead: the lead board's member, or the municipality's analyst. */
    boolean leads(long municipalityId, Long leadBoardId) {
        AuthenticatedUser user = user();
        return leadBoardId == null
                ? mayManage(municipalityId)
                : user.is(Role.BOARD_MEMBER) && Objects.equals(user.boardId(), leadBoardId);
    }

    boolean leads(LeaScreening screening) {
        return leads(screening.municipalityId, screening.leadBoardId);
    }

    boolean leads(ActionPlan plan) {
        return leads(plan.municipalityId, plan.leadBoardId);
    }

    void requireLead(LeaScreening screening) {
        if (!leads(screening)) {
            throw new ForbiddenException("only the lead of this screening round changes it");
        }
    }

    void requireLead(ActionPlan plan) {
        if (!leads(plan)) {
            throw new ForbiddenException("only the lead of this action plan changes it");
        }
    }

    /**
     * Partner organisations have no accounts: the lead fills in their part on their behalf, and so may
     * the municipality's analysts, who keep the list of partners.
     */
    boolean fillsInFor(LeaScreening screening, LeaPartner partner) {
        return partner.isOrganisation() && (leads(screening) || mayManage(screening.municipalityId));
    }

    /**
     * Names of working group members are personal data: only staff of the municipality itself see them
     * (its analysts and its boards' members, where they see the round or plan), not the administrator.
     */
    boolean seesNames(long municipalityId) {
        AuthenticatedUser user = user();
        return (user.is(Role.MUNICIPALITY_ANALYST) || user.is(Role.BOARD_MEMBER))
                && Objects.equals(user.municipalityId(), municipalityId);
    }

    /** The part of the screening the current user fills in, if any. */
    Optional<LeaPartner> ownPart(LeaScreening screening) {
        AuthenticatedUser user = user();
        return switch (user.role()) {
            case MUNICIPALITY_ANALYST -> LeaPartner.ofMunicipality(screening.id);
            case BOARD_MEMBER -> LeaPartner.ofBoard(screening.id, user.boardId());
            default -> Optional.empty();
        };
    }
}
