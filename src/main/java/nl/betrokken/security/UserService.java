package nl.betrokken.security;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.persistence.Flush;

/** Managing accounts: the administrator's work. */
@ApplicationScoped
@Transactional
public class UserService {

    /** A link that lets a new user choose a password, shown once to whoever made it. */
    public record Invitation(long userId, String token, OffsetDateTime expiresAt) {
        public String path() {
            return "/account/invitation/" + token;
        }
    }

    private final AuditLog audit;
    private final OrganisationDirectory organisations;
    private final CurrentUser currentUser;
    private final SecurityConfig config;

    public UserService(
            AuditLog audit, OrganisationDirectory organisations, CurrentUser currentUser, SecurityConfig config) {
        this.organisations = organisations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.config = config;
    }

    /** Every account for an administrator; for an analyst the accounts placed in its own municipality. */
    public List<UserView> list() {
        return UserAccount.<UserAccount>listAll(Sort.by("username")).stream()
                .filter(this::manageable)
                .map(UserView::of)
                .toList();
    }

    public UserView get(long id) {
        return UserView.of(find(id));
    }

    /**
     * A new account. With a password, that is the temporary one the user changes at first login;
     * without one, nobody can log in to it until the user follows an {@link #invite invitation}.
     */
    public UserView create(UserRequest request) {
        if (request.password() != null) {
            Passwords.requireAcceptable("password", request.password(), request.username());
        }
        UserAccount account = new UserAccount();
        apply(account, request);
        requirePlaceable(account);
        // without a password nobody knows: the hash of a random token that is thrown away
        account.passwordHash = Passwords.hash(request.password() != null ? request.password() : Tokens.newToken());
        account.mustChangePassword = true;
        Flush.orConflict(account::persist, "A user named '" + account.username + "' already exists.");
        audit.record(
                "created",
                "user",
                account.id,
                scopeMunicipality(account),
                account.username + " as " + account.role.code());
        return UserView.of(account);
    }

    public UserView update(long id, UserRequest request) {
        UserAccount account = find(id);
        if (request.password() != null) {
            throw new InvalidFieldException("password", "cannot be changed here; use the password reset");
        }
        boolean wasActive = account.active;
        apply(account, request);
        requirePlaceable(account);
        Flush.orConflict("A user named '" + account.username + "' already exists.");
        if (wasActive && !account.active) {
            UserSession.deleteOf(account.id);
        }
        audit.record(
                "updated",
                "user",
                account.id,
                scopeMunicipality(account),
                account.username + " as " + account.role.code() + (account.active ? "" : ", inactive"));
        return UserView.of(account);
    }

    /** Deactivating ends every session of the account at once (as a change through {@link #update} does). */
    public UserView setActive(long id, boolean active) {
        UserAccount account = find(id);
        if (account.active && !active) {
            UserSession.deleteOf(account.id);
        }
        account.active = active;
        audit.record(
                active ? "activated" : "deactivated", "user", account.id, scopeMunicipality(account), account.username);
        return UserView.of(account);
    }

    /**
     * A new temporary password for someone locked out; the user must change it, every session and
     * API token of theirs ends, and a second factor must be set up again (the usual reason for a
     * reset is a lost phone as often as a forgotten password).
     */
    public void resetPassword(long id, String newPassword) {
        UserAccount account = find(id);
        Passwords.requireAcceptable("newPassword", newPassword, account.username);
        account.passwordHash = Passwords.hash(newPassword);
        account.mustChangePassword = true;
        account.passwordChangedAt = OffsetDateTime.now();
        account.totpSecret = null;
        account.totpPendingSecret = null;
        account.totpEnabledAt = null;
        RecoveryCode.deleteOf(account.id);
        ApiToken.revokeAllOf(account.id, OffsetDateTime.now());
        UserSession.deleteOf(account.id);
        audit.record("password-reset", "user", account.id, scopeMunicipality(account), account.username);
    }

    /**
     * A new invitation link for an account (replacing an earlier one): the user chooses a password
     * with it, once, before it expires. Like a reset, it ends the account's sessions.
     */
    public Invitation invite(long id) {
        UserAccount account = find(id);
        String token = Tokens.newToken();
        OffsetDateTime expiresAt = OffsetDateTime.now().plus(config.invitationLifetime());
        UserInvitation.replaceFor(account.id, Tokens.sha256(token), expiresAt);
        UserSession.deleteOf(account.id);
        audit.record(
                "invited", "user", account.id, scopeMunicipality(account), account.username + " until " + expiresAt);
        return new Invitation(account.id, token, expiresAt);
    }

    /** When the account's open invitation expires, if it has one. */
    public Optional<OffsetDateTime> openInvitation(long id) {
        return UserInvitation.openFor(find(id).id, OffsetDateTime.now());
    }

    /** Whose invitation a token is, while it is valid. */
    public Optional<UserView> invited(String token) {
        return UserInvitation.valid(Tokens.sha256(token), OffsetDateTime.now())
                .flatMap(invitation -> UserAccount.<UserAccount>findByIdOptional(invitation.userId))
                .filter(account -> account.active)
                .map(UserView::of);
    }

    /** The invited user's own password: the invitation is used up and the user can log in. */
    public UserView acceptInvitation(String token, String newPassword) {
        UserInvitation invitation = UserInvitation.valid(Tokens.sha256(token), OffsetDateTime.now())
                .orElseThrow(() -> new NotFoundException("invitation", "link"));
        UserAccount account = UserAccount.findById(invitation.userId);
        if (account == null || !account.active) {
            throw new NotFoundException("invitation", "link");
        }
        Passwords.requireAcceptable("newPassword", newPassword, account.username);
        account.passwordHash = Passwords.hash(newPassword);
        account.mustChangePassword = false;
        account.passwordChangedAt = OffsetDateTime.now();
        invitation.delete();
        audit.record(
                actor(account),
                "invitation-accepted",
                "user",
                account.id,
                scopeMunicipality(account),
                account.username);
        return UserView.of(account);
    }

    /** The invited user, who is not logged in yet, as the actor of the audit event. */
    private static AuthenticatedUser actor(UserAccount account) {
        return new AuthenticatedUser(
                account.id,
                account.username,
                account.displayName,
                account.role,
                account.municipalityId,
                account.boardId,
                account.institutionId,
                false,
                false);
    }

    /** An account the current user may see and change; others do not exist for it (ids cannot be probed). */
    private UserAccount find(long id) {
        UserAccount account = UserAccount.findById(id);
        if (account == null || !manageable(account)) {
            throw new NotFoundException("user", id);
        }
        return account;
    }

    private boolean manageable(UserAccount account) {
        AuthenticatedUser user = currentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.is(Role.ADMINISTRATOR)) {
            return true;
        }
        return user.is(Role.MUNICIPALITY_ANALYST)
                && account.role != Role.ADMINISTRATOR
                && user.municipalityId().equals(scopeMunicipality(account));
    }

    /** An analyst places accounts in its own municipality only, and makes no administrators. */
    private void requirePlaceable(UserAccount account) {
        AuthenticatedUser user = currentUser.get().orElse(null);
        if (user == null || user.is(Role.ADMINISTRATOR)) {
            return;
        }
        if (account.role == Role.ADMINISTRATOR) {
            throw new InvalidFieldException(
                    "role", "only an administrator can make an administrator", "user_role_not_yours");
        }
        if (!user.municipalityId().equals(scopeMunicipality(account))) {
            throw new InvalidFieldException(
                    "placement", "must lie in your own municipality", "user_placement_not_yours");
        }
    }

    private void apply(UserAccount account, UserRequest request) {
        String username = Usernames.normalise(request.username());
        long self = account.id == null ? -1 : account.id;
        if (UserAccount.usernameTaken(username, self)) {
            throw ConflictException.onField(
                    "username", "A user named '" + username + "' already exists.", "user_username_taken", username);
        }
        account.username = username;
        account.displayName = request.displayName().strip();
        account.role = request.role();
        account.municipalityId = null;
        account.boardId = null;
        account.institutionId = null;
        switch (request.role()) {
            case ADMINISTRATOR -> {
                onlyFor(request.municipalityId(), "municipalityId", Role.MUNICIPALITY_ANALYST);
                onlyFor(request.boardId(), "boardId", Role.BOARD_MEMBER);
                onlyFor(request.institutionId(), "institutionId", Role.INSTITUTION_LEAD);
            }
            case MUNICIPALITY_ANALYST -> {
                account.municipalityId = required(
                        request.municipalityId(),
                        "municipalityId",
                        OrganisationDirectory.Level.MUNICIPALITY,
                        "municipality");
                onlyFor(request.boardId(), "boardId", Role.BOARD_MEMBER);
                onlyFor(request.institutionId(), "institutionId", Role.INSTITUTION_LEAD);
            }
            case BOARD_MEMBER -> {
                account.boardId = required(request.boardId(), "boardId", OrganisationDirectory.Level.BOARD, "board");
                onlyFor(request.municipalityId(), "municipalityId", Role.MUNICIPALITY_ANALYST);
                onlyFor(request.institutionId(), "institutionId", Role.INSTITUTION_LEAD);
            }
            case INSTITUTION_LEAD -> {
                account.institutionId = required(
                        request.institutionId(),
                        "institutionId",
                        OrganisationDirectory.Level.INSTITUTION,
                        "institution");
                onlyFor(request.municipalityId(), "municipalityId", Role.MUNICIPALITY_ANALYST);
                onlyFor(request.boardId(), "boardId", Role.BOARD_MEMBER);
            }
        }
        if (request.active() != null) {
            account.active = request.active();
        }
    }

    private Long required(Long id, String field, OrganisationDirectory.Level level, String kind) {
        if (id == null) {
            throw new InvalidFieldException(field, "is required for this role", "user_placement_for_" + kind);
        }
        if (!organisations.exists(level, id)) {
            throw new InvalidFieldException(field, "there is no " + kind + " with id " + id, "choose_from_list");
        }
        return id;
    }

    private static void onlyFor(Long id, String field, Role role) {
        if (id != null) {
            throw new InvalidFieldException(field, "only applies to the role " + role.code());
        }
    }

    private Long scopeMunicipality(UserAccount account) {
        return organisations
                .placement(account.municipalityId, account.boardId, account.institutionId)
                .municipalityId();
    }
}
