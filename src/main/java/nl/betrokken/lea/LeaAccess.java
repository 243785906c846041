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
 * Who reaches which screening and plan. A municipality runs its own; a board sees a screening only
 * when it was invited, and the plans of its municipality; an administrator sees all but speaks for
 * no partner. Anything out of reach is "not found", as everywhere else.
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

    /**
     * The municipality runs the round and writes the plan; the boards take part. The administrator
     * looks on: the LEA is the municipality's own business.
     */
    boolean mayManage(long municipalityId) {
        AuthenticatedUser user = user();
        return user.is(Role.MUNICIPALITY_ANALYST) && Objects.equals(user.municipalityId(), municipalityId);
    }

    void requireManage(long municipalityId) {
        if (!mayManage(municipalityId)) {
            throw new ForbiddenException("only the municipality manages the LEA screening and the action plan");
        }
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
