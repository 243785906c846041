package nl.betrokken.administration;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffFormChecks;
import nl.betrokken.common.web.StaffTexts;
import nl.betrokken.organisations.InstitutionView;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.organisations.OrganisationTree;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;
import nl.betrokken.security.UserRequest;
import nl.betrokken.security.UserService;
import nl.betrokken.security.UserView;

/**
 * The user pages' view of accounts and how their forms become the API's {@link UserRequest}: the
 * organisation an account is bound to is picked from one list of the organisation tree
 * ({@code municipality:12}, {@code board:5}, {@code institution:7}) and must fit the role.
 */
@ApplicationScoped
public class UserAdmin {

    /** One choice in the organisation list, indented by its level in the tree. */
    public record Placement(String value, String label, int depth) {
        /** Non-breaking spaces before the label: a select's options cannot be indented otherwise. */
        public String indent() {
            return "\u00a0\u00a0\u00a0".repeat(depth);
        }
    }

    public record UserRow(UserView user, String placement) {}

    public record UserPage(
            UserView user, String placement, Optional<OffsetDateTime> invitationExpires, List<Placement> placements) {}

    public record Created(UserView user, UserService.Invitation invitation) {}

    /** The kind of organisation in the list each role is bound to (an administrator to none). */
    private static final Map<Role, String> LEVELS = Map.of(
            Role.MUNICIPALITY_ANALYST, "municipality",
            Role.BOARD_MEMBER, "board",
            Role.INSTITUTION_LEAD, "institution");

    private final UserService users;
    private final OrganisationService organisations;
    private final StaffFormChecks checks;
    private final CurrentUser currentUser;

    public UserAdmin(
            UserService users, OrganisationService organisations, StaffFormChecks checks, CurrentUser currentUser) {
        this.users = users;
        this.organisations = organisations;
        this.checks = checks;
        this.currentUser = currentUser;
    }

    public List<UserRow> list(String query) {
        List<Placement> placements = placements();
        return users.list().stream()
                .filter(u -> matches(query, u))
                .map(u -> new UserRow(u, label(placements, placementOf(u))))
                .toList();
    }

    public UserPage page(long id) {
        UserView user = users.get(id);
        List<Placement> placements = placements();
        return new UserPage(user, label(placements, placementOf(user)), users.openInvitation(id), placements);
    }

    /** The organisation tree in the current user's scope, as the choices of the organisation list. */
    public List<Placement> placements() {
        List<Placement> placements = new ArrayList<>();
        for (OrganisationTree.MunicipalityNode municipality :
                organisations.tree().municipalities()) {
            placements.add(new Placement("municipality:" + municipality.id(), "Gemeente " + municipality.name(), 0));
            for (OrganisationTree.BoardNode board : municipality.boards()) {
                placements.add(new Placement("board:" + board.id(), "Bestuur " + board.name(), 1));
                for (InstitutionView institution : board.institutions()) {
                    placements.add(new Placement("institution:" + institution.id(), institution.name(), 2));
                }
            }
        }
        return placements;
    }

    /** The roles the current user may hand out: an analyst makes no administrators. */
    public List<Role> roles() {
        return currentUser.require().is(Role.ADMINISTRATOR)
                ? List.of(Role.values())
                : List.of(Role.MUNICIPALITY_ANALYST, Role.BOARD_MEMBER, Role.INSTITUTION_LEAD);
    }

    public StaffForm editForm(UserView user) {
        return StaffForm.of(
                "username", user.username(),
                "displayName", user.displayName(),
                "role", user.role().code(),
                "placement", placementOf(user));
    }

    /** A new account with a temporary password, or with an invitation link when access is "invite". */
    public Optional<Created> create(StaffForm form) {
        boolean invite = !"password".equals(form.text("access"));
        String password = invite ? null : form.text("password");
        if (!invite && password == null) {
            form.error("password", StaffTexts.of("user_password_required"));
        }
        UserRequest request = request(form, null, password);
        return checks.attempt(form, request, () -> {
            UserView user = users.create(request);
            return new Created(user, invite ? users.invite(user.id()) : null);
        });
    }

    public boolean update(long id, StaffForm form) {
        UserView current = users.get(id);
        UserRequest request = request(form, current.active(), null);
        return checks.attempt(form, request, () -> users.update(id, request)).isPresent();
    }

    /** Deactivating ends every session of the account at once; activating lets it log in again. */
    public void setActive(long id, boolean active) {
        users.setActive(id, active);
    }

    /** A new invitation link for an account, with the account it is for. */
    public Created invite(long id) {
        return new Created(users.get(id), users.invite(id));
    }

    public boolean reset(long id, StaffForm form) {
        String password = form.text("newPassword");
        if (password == null) {
            form.error("newPassword", StaffTexts.of("user_password_required"));
            return false;
        }
        try {
            users.resetPassword(id, password);
            return true;
        } catch (InvalidFieldException e) {
            form.refused(e);
            return false;
        }
    }

    private UserRequest request(StaffForm form, Boolean active, String password) {
        form.alias("municipalityId", "placement").alias("boardId", "placement").alias("institutionId", "placement");
        Role role = form.choice("role", List.of(Role.values()), Role::code);
        Long municipality = null;
        Long board = null;
        Long institution = null;
        if (role != null && role != Role.ADMINISTRATOR) {
            String level = LEVELS.get(role);
            StaffForm.Pick placement = form.pick("placement");
            Long id = placement == null || !placement.kind().equals(level) ? null : placement.id();
            if (id == null) {
                form.error("placement", StaffTexts.of("user_placement_for_" + level));
            }
            municipality = role == Role.MUNICIPALITY_ANALYST ? id : null;
            board = role == Role.BOARD_MEMBER ? id : null;
            institution = role == Role.INSTITUTION_LEAD ? id : null;
        }
        return new UserRequest(
                form.text("username"),
                form.text("displayName"),
                role,
                municipality,
                board,
                institution,
                active,
                password);
    }

    private static String placementOf(UserView user) {
        if (user.institutionId() != null) {
            return "institution:" + user.institutionId();
        }
        if (user.boardId() != null) {
            return "board:" + user.boardId();
        }
        return user.municipalityId() == null ? "" : "municipality:" + user.municipalityId();
    }

    private static String label(List<Placement> placements, String value) {
        if (value.isEmpty()) {
            return "Alle organisaties";
        }
        return placements.stream()
                .filter(p -> p.value().equals(value))
                .map(Placement::label)
                .findFirst()
                .orElse("–");
    }

    private static boolean matches(String query, UserView user) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return user.username().contains(q)
                || user.displayName().toLowerCase(Locale.ROOT).contains(q);
    }
}
