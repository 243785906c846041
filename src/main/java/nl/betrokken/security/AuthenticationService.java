package nl.betrokken.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.throttle.Throttle;
import nl.betrokken.common.throttle.ThrottleRule;
import org.jboss.logging.Logger;

/**
 * Logging in and out, sessions and passwords. A refused login never says whether the username
 * exists: unknown users cost the same bcrypt time and count against the same throttle.
 */
@ApplicationScoped
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class);
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    public enum Failure {
        /** Wrong username, password or second factor; deliberately one case. */
        REFUSED,
        /** Too many failures for this username or this client; try again later. */
        THROTTLED,
        /** The password was right; the account also needs the code of its authenticator app. */
        SECOND_FACTOR_REQUIRED,
        /** Every password-check thread is busy (a storm of guesses); nothing was counted or checked. */
        BUSY
    }

    /** Either a user or the reason there is none (for SECOND_FACTOR_REQUIRED: the user who is half-way). */
    public record Outcome(AuthenticatedUser user, Failure failure) {
        public boolean succeeded() {
            return user != null && failure == null;
        }
    }

    /** A new session: the token goes into the cookie, never into the database. */
    public record NewSession(String token, AuthenticatedUser user, Duration lifetime) {}

    /** A login: a session, or why there is none; after a right password of an account with a second factor, the challenge to answer. */
    public record LoginResult(NewSession session, Failure failure, String challenge) {
        public boolean succeeded() {
            return session != null;
        }
    }

    static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);

    private final SecurityConfig config;
    private final Throttle throttle;
    private final ThrottleKeys keys;
    private final PasswordChecks checks;
    private final AuditLog audit;

    private final TwoFactor twoFactor;
    private final AuthenticatedUsers users;

    public AuthenticationService(
            SecurityConfig config,
            Throttle throttle,
            ThrottleKeys keys,
            PasswordChecks checks,
            AuditLog audit,
            TwoFactor twoFactor,
            AuthenticatedUsers users) {
        this.users = users;
        this.config = config;
        this.throttle = throttle;
        this.keys = keys;
        this.checks = checks;
        this.audit = audit;
        this.twoFactor = twoFactor;
    }

    private ThrottleRule clientRule() {
        return ThrottleRule.hardLimit("login-client", config.maxFailuresPerClient(), config.throttleWindow());
    }

    private ThrottleRule usernameAndClientRule() {
        return perAccount("login-user-client");
    }

    private ThrottleRule usernameRule() {
        // at most two minutes between tries: guessing from many addresses stays under 100 an hour (ASVS 2.2.1)
        return ThrottleRule.growingDelay(
                "login-user",
                config.maxFailuresPerUsername(),
                Duration.ofSeconds(1),
                Duration.ofMinutes(2),
                config.throttleWindow());
    }

    private ThrottleRule secondFactorRule() {
        return perAccount("second-factor");
    }

    private ThrottleRule passwordChangeRule() {
        return perAccount("password-change");
    }

    /** A few free tries for one person, then a wait that doubles from a second up to the window. */
    private ThrottleRule perAccount(String name) {
        return ThrottleRule.growingDelay(
                name,
                config.freeFailuresPerUsernameAndClient(),
                Duration.ofSeconds(1),
                config.throttleWindow(),
                config.throttleWindow());
    }

    /**
     * Checks a username and password (for the login form, the API login and HTTP Basic), and the
     * second factor when one is given. Every attempt is counted before anything is hashed, and an
     * attempt the throttle refuses is refused without hashing: a refused login costs a few small
     * statements, never a bcrypt, and writes no audit row (a flood of refusals must not flood the
     * trail; the checked failures are audited). When guessing from many addresses has slowed a
     * username down, its owner still gets in with the app's code and the right password, in that
     * order: the code is checked first, under a throttle per account and address, so sending a
     * made-up code buys a guesser no password checks and does not slow the owner's own code.
     */
    public Outcome verify(String username, String password, String clientAddress, String secondFactor) {
        // deliberately outside a transaction: no database connection is held while a password is hashed,
        // so a storm of logins cannot take the connections the parents' pages need
        if (!checks.hasRoom()) {
            // refused before it costs a statement: in a storm most attempts end here
            return new Outcome(null, Failure.BUSY);
        }
        String client = keys.client(clientAddress);
        String usernameAndClient = keys.usernameFromClient(username, clientAddress);
        String user = keys.username(username);
        if (!throttle.attempt(client, clientRule())) {
            return throttled();
        }
        if (!throttle.attempt(usernameAndClient, usernameAndClientRule())) {
            // a refused attempt is no guess: the client keeps it for one that may be checked
            throttle.giveBack(client, clientRule());
            return throttled();
        }
        Optional<Stored> account = QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.findByUsername(username)
                        .filter(u -> u.active)
                        .map(u -> new Stored(u.id, u.passwordHash, twoFactor.enabled(u))));
        boolean withCode = secondFactor != null
                && !secondFactor.isBlank()
                && account.filter(Stored::secondFactor).isPresent();
        boolean codeFirst = false;
        if (!throttle.attempt(user, usernameRule())) {
            if (!withCode) {
                throttle.giveBack(client, clientRule());
                throttle.giveBack(usernameAndClient, usernameAndClientRule());
                return throttled();
            }
            // counted per address: made-up codes from elsewhere must not slow the owner's own code step
            Outcome code = checkSecondFactor(
                    authenticated(account.get()),
                    secondFactor,
                    keys.accountFromClient(account.get().id(), clientAddress));
            if (!code.succeeded()) {
                return code;
            }
            codeFirst = true;
        }
        Optional<Boolean> matches =
                checks.matches(password, account.map(Stored::passwordHash).orElse(null));
        if (matches.isEmpty()) {
            throttle.giveBack(client, clientRule());
            throttle.giveBack(usernameAndClient, usernameAndClientRule());
            throttle.giveBack(user, usernameRule());
            return new Outcome(null, Failure.BUSY);
        }
        if (!matches.get()) {
            recordFailure(account, "wrong password");
            return new Outcome(null, Failure.REFUSED);
        }
        throttle.giveBack(client, clientRule());
        throttle.giveBack(user, usernameRule());
        throttle.clear(usernameAndClient, usernameAndClientRule());
        AuthenticatedUser authenticated = authenticated(account.get());
        if (!account.get().secondFactor() || codeFirst) {
            return new Outcome(authenticated, null);
        }
        if (!withCode) {
            return new Outcome(authenticated, Failure.SECOND_FACTOR_REQUIRED);
        }
        return checkSecondFactor(authenticated, secondFactor, keys.account(authenticated.id()));
    }

    /** What a login needs of an account, read in a short transaction of its own. */
    private record Stored(long id, String passwordHash, boolean secondFactor) {}

    private static Outcome throttled() {
        LOG.info("Login refused without checking: too many recent attempts for this username or client");
        return new Outcome(null, Failure.THROTTLED);
    }

    private AuthenticatedUser authenticated(Stored account) {
        return QuarkusTransaction.requiringNew()
                .call(() -> authenticated(UserAccount.<UserAccount>findById(account.id())));
    }

    private AuthenticatedUser authenticated(UserAccount account) {
        return users.of(account);
    }

    private Outcome checkSecondFactor(AuthenticatedUser user, String code, String key) {
        if (!throttle.attempt(key, secondFactorRule())) {
            return throttled();
        }
        if (!twoFactor.check(user.id(), code)) {
            recordFailure(user, "wrong second factor");
            return new Outcome(null, Failure.REFUSED);
        }
        throttle.clear(key, secondFactorRule());
        return new Outcome(user, null);
    }

    /** Failed logins of existing accounts are audited; a username that does not exist is not stored anywhere. */
    private void recordFailure(Optional<Stored> account, String why) {
        account.ifPresent(a -> recordFailure(authenticated(a), why));
    }

    private void recordFailure(AuthenticatedUser user, String why) {
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record(user, "login-failed", "user", user.id(), user.municipalityId(), why));
    }

    /**
     * A login with the form or the API. Without a code, an account with a second factor gets a
     * challenge to answer within five minutes ({@link #answer}); with one (the API, or the form after
     * its username was slowed down), everything is checked at once.
     */
    public LoginResult login(String username, String password, String secondFactor, String clientAddress) {
        Outcome outcome = verify(username, password, clientAddress, secondFactor);
        if (outcome.failure() == Failure.SECOND_FACTOR_REQUIRED) {
            String token = Tokens.newToken();
            LoginChallenge challenge = new LoginChallenge();
            challenge.tokenHash = Tokens.sha256(token);
            challenge.userId = outcome.user().id();
            challenge.expiresAt = OffsetDateTime.now().plus(CHALLENGE_LIFETIME);
            QuarkusTransaction.requiringNew().run(challenge::persist);
            return new LoginResult(null, Failure.SECOND_FACTOR_REQUIRED, token);
        }
        if (!outcome.succeeded()) {
            return new LoginResult(null, outcome.failure(), null);
        }
        return new LoginResult(QuarkusTransaction.requiringNew().call(() -> newSession(outcome.user())), null, null);
    }

    /** The second step of a login: the code for a challenge that a right password produced. */
    public LoginResult answer(String challenge, String code) {
        Optional<AuthenticatedUser> user = challenge == null || challenge.length() > 100
                ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> challengedUser(challenge));
        if (user.isEmpty()) {
            return new LoginResult(null, Failure.REFUSED, null);
        }
        Outcome outcome =
                checkSecondFactor(user.get(), code, keys.account(user.get().id()));
        if (!outcome.succeeded()) {
            return new LoginResult(null, outcome.failure(), challenge);
        }
        return new LoginResult(
                QuarkusTransaction.requiringNew().call(() -> {
                    LoginChallenge.deleteAnsweredAndExpired(Tokens.sha256(challenge));
                    return newSession(outcome.user());
                }),
                null,
                null);
    }

    private Optional<AuthenticatedUser> challengedUser(String challenge) {
        return LoginChallenge.userOf(Tokens.sha256(challenge))
                .map(id -> UserAccount.<UserAccount>findById(id))
                .filter(account -> account.active)
                .map(account -> authenticated(account));
    }

    private NewSession newSession(AuthenticatedUser user) {
        String token = Tokens.newToken();
        UserSession session = new UserSession();
        session.tokenHash = Tokens.sha256(token);
        session.userId = user.id();
        session.createdAt = OffsetDateTime.now();
        session.lastSeenAt = session.createdAt;
        session.expiresAt = session.createdAt.plus(config.sessionLifetime());
        session.persist();
        UserAccount.recordLogin(user.id(), session.createdAt);
        audit.record(user, "login", "user", user.id(), null, null);
        return new NewSession(token, user, config.sessionLifetime());
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
        if (account == null
                || !account.active
                || now.isAfter(session.expiresAt)
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
        String key = keys.account(account.id);
        if (!throttle.attempt(key, passwordChangeRule())) {
            throw new InvalidFieldException(
                    "currentPassword", "was wrong too often; wait a minute and try again", "password_wrong_too_often");
        }
        Optional<Boolean> current = checks.matches(currentPassword, account.passwordHash);
        if (current.isEmpty()) {
            throw new InvalidFieldException(
                    "currentPassword", "could not be checked now; try again in a moment", "password_not_checked");
        }
        if (!current.get()) {
            throw new InvalidFieldException("currentPassword", "is not your current password", "password_not_current");
        }
        throttle.clear(key, passwordChangeRule());
        if (Passwords.matches(newPassword, account.passwordHash)) {
            throw new InvalidFieldException(
                    "newPassword", "must differ from the current password", "password_unchanged");
        }
        Passwords.requireAcceptable("newPassword", newPassword, account.username);
        account.passwordHash = Passwords.hash(newPassword);
        account.mustChangePassword = false;
        account.passwordChangedAt = OffsetDateTime.now();
        UserSession.deleteOthersOf(account.id, keepToken == null ? "" : Tokens.sha256(keepToken));
        audit.record(user, "password-changed", "user", account.id, null, null);
    }
}
