package nl.betrokken.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.betrokken.audit.AuditLog;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.throttle.FailureThrottle;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;

/**
 * Logging in and out, sessions and passwords. A refused login never says whether the username
 * exists: unknown users cost the same bcrypt time and count against the same throttle.
 */
@ApplicationScoped
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class);
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    public enum Failure {
        /** Wrong username or password; deliberately one case. */
        REFUSED,
        /** Too many failures for this username or this client; try again later. */
        THROTTLED
    }

    /** Either a user or the reason there is none. */
    public record Outcome(AuthenticatedUser user, Failure failure) {
        public boolean succeeded() {
            return user != null;
        }
    }

    /** A new session: the token goes into the cookie, never into the database. */
    public record NewSession(String token, AuthenticatedUser user, Duration lifetime) {
    }

    /** A login: a session, or why there is none. */
    public record LoginResult(NewSession session, Failure failure) {
        public boolean succeeded() {
            return session != null;
        }
    }

    private final SecurityConfig config;
    private final FailureThrottle throttle;
    private final AuditLog audit;

    public AuthenticationService(SecurityConfig config, FailureThrottle throttle, AuditLog audit) {
        this.config = config;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Checks a username and password (for HTTP Basic and for the login form). */
    @Transactional
    public Outcome verify(String username, String password, String clientAddress) {
        String userKey = Tokens.sha256("user:" + Usernames.normalise(username));
        String clientKey = Tokens.hmac(config.throttleSecret(), "client:" + clientAddress);
        if (!throttle.allows(userKey, config.maxFailuresPerUsername(), config.throttleWindow())
                || !throttle.allows(clientKey, config.maxFailuresPerClient(), config.throttleWindow())) {
            Passwords.spendTheTimeOfACheck(password);
            LOG.info("Login refused without checking: too many recent failures for this username or client");
            return new Outcome(null, Failure.THROTTLED);
        }
        Optional<UserAccount> account = UserAccount.findByUsername(username).filter(u -> u.active);
        boolean matches = account.isPresent() ? Passwords.matches(password, account.get().passwordHash) : spend(password);
        if (!matches) {
            throttle.recordFailure(userKey, config.throttleWindow());
            throttle.recordFailure(clientKey, config.throttleWindow());
            return new Outcome(null, Failure.REFUSED);
        }
        throttle.clear(userKey);
        return new Outcome(authenticated(account.get()), null);
    }

    private static boolean spend(String password) {
        Passwords.spendTheTimeOfACheck(password);
        return false;
    }

    @Transactional
    public LoginResult login(String username, String password, String clientAddress) {
        Outcome outcome = verify(username, password, clientAddress);
        if (!outcome.succeeded()) {
            return new LoginResult(null, outcome.failure());
        }
        String token = Tokens.newToken();
        UserSession session = new UserSession();
        session.tokenHash = Tokens.sha256(token);
        session.userId = outcome.user().id();
        session.createdAt = OffsetDateTime.now();
        session.lastSeenAt = session.createdAt;
        session.expiresAt = session.createdAt.plus(config.sessionLifetime());
        session.persist();
        audit.record(outcome.user(), "login", "user", outcome.user().id(), null, null);
        return new LoginResult(new NewSession(token, outcome.user(), config.sessionLifetime()), null);
    }

    /** The user of a live session; an expired or idle session is removed and yields nothing. */
    @Transactional
    public Optional<AuthenticatedUser> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        UserSession session = UserSession.findById(Tokens.sha256(token));
        if (session == null) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now();
        UserAccount account = UserAccount.findById(session.userId);
        if (account == null || !account.active || now.isAfter(session.expiresAt)
                || now.isAfter(session.lastSeenAt.plus(config.sessionInactivity()))) {
            session.delete();
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeenAt.plus(TOUCH_INTERVAL))) {
            session.lastSeenAt = now;
        }
        return Optional.of(authenticated(account));
    }

    @Transactional
    public void logout(String token) {
        if (token != null && !token.isBlank()) {
            UserSession.deleteById(Tokens.sha256(token));
        }
    }

    /** The user's own change: the current password must be right; other sessions end. */
    @Transactional
    public void changePassword(AuthenticatedUser user, String currentPassword, String newPassword, String keepToken) {
        UserAccount account = UserAccount.findById(user.id());
        if (!Passwords.matches(currentPassword, account.passwordHash)) {
            throw new InvalidFieldException("currentPassword", "is not your current password");
        }
        if (Passwords.matches(newPassword, account.passwordHash)) {
            throw new InvalidFieldException("newPassword", "must differ from the current password");
        }
        Passwords.requireAcceptable("newPassword", newPassword, account.username);
        account.passwordHash = Passwords.hash(newPassword);
        account.mustChangePassword = false;
        account.passwordChangedAt = OffsetDateTime.now();
        UserSession.delete("userId = ?1 and tokenHash <> ?2", account.id, keepToken == null ? "" : Tokens.sha256(keepToken));
        audit.record(user, "password-changed", "user", account.id, null, null);
    }

    /** The view of an account that requests carry: its organisation ids filled in up the tree. */
    static AuthenticatedUser authenticated(UserAccount account) {
        Long municipality = account.municipalityId;
        Long board = account.boardId;
        if (account.institutionId != null) {
            Institution institution = Institution.findById(account.institutionId);
            board = institution.board.id;
            municipality = institution.board.municipality.id;
        } else if (account.boardId != null) {
            municipality = Board.<Board>findById(account.boardId).municipality.id;
        }
        return new AuthenticatedUser(account.id, account.username, account.displayName, account.role, municipality, board,
                account.institutionId, account.mustChangePassword);
    }
}
