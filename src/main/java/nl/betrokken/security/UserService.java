package nl.betrokken.security;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.common.persistence.Flush;

/** Managing accounts: the administrator's work. */
@ApplicationScoped
@Transactional
public class UserService {

    private final AuditLog audit;
    private final OrganisationDirectory organisations;

    public UserService(AuditLog audit, OrganisationDirectory organisations) {
        this.organisations = organisations;
        this.audit = audit;
    }

    public List<UserView> list() {
        return UserAccount.<UserAccount>listAll(Sort.by("username")).stream()
                .map(UserView::of)
                .toList();
    }

    public UserView get(long id) {
        return UserView.of(find(id));
    }

    public UserView create(UserRequest request) {
        if (request.password() == null) {
            throw new InvalidFieldException(
                    "password", "is required: the temporary password the user changes at first login");
        }
        Passwords.requireAcceptable("password", request.password(), request.username());
        UserAccount account = new UserAccount();
        apply(account, request);
        account.passwordHash = Passwords.hash(request.password());
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

    private static UserAccount find(long id) {
        UserAccount account = UserAccount.findById(id);
        if (account == null) {
            throw new NotFoundException("user", id);
        }
        return account;
    }

    private void apply(UserAccount account, UserRequest request) {
        String username = Usernames.normalise(request.username());
        long self = account.id == null ? -1 : account.id;
        if (UserAccount.usernameTaken(username, self)) {
            throw new ConflictException("A user named '" + username + "' already exists.");
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
            throw new InvalidFieldException(field, "is required for this role");
        }
        if (!organisations.exists(level, id)) {
            throw new InvalidFieldException(field, "there is no " + kind + " with id " + id);
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
