package nl.betrokken.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;

/**
 * Personal API tokens: made, listed and revoked by their owner, accepted as
 * {@code Authorization: Bearer}. A token is 256 random bits, so a plain SHA-256 is a safe way to
 * keep it; it acts as its user and stops with the user's account.
 */
@ApplicationScoped
public class ApiTokens {

    static final String PREFIX = "btk_";
    static final int MAX_DAYS = 365;
    static final int DEFAULT_DAYS = 90;
    static final int MAX_ACTIVE = 20;
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final AuditLog audit;
    private final AuthenticatedUsers users;

    public ApiTokens(AuditLog audit, AuthenticatedUsers users) {
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public NewApiToken create(AuthenticatedUser user, ApiTokenRequest request) {
        String name =
                request == null || request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new InvalidFieldException(
                    "name", "is required, at most 80 characters (say what the token is for)", "token_name");
        }
        int days = request.validDays() == null ? DEFAULT_DAYS : request.validDays();
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidFieldException("validDays", "must be between 1 and " + MAX_DAYS, "token_days", MAX_DAYS);
        }
        OffsetDateTime now = OffsetDateTime.now();
        long active =
                ApiToken.ofUser(user.id()).stream().filter(t -> t.usable(now)).count();
        if (active >= MAX_ACTIVE) {
            throw new InvalidFieldException(
                    "name",
                    "you already have " + MAX_ACTIVE + " tokens in use; revoke one first",
                    "token_limit",
                    MAX_ACTIVE);
        }
        String token = PREFIX + Tokens.newToken();
        ApiToken row = new ApiToken();
        row.userId = user.id();
        row.name = name;
        row.tokenHash = Tokens.sha256(token);
        row.createdAt = now;
        row.expiresAt = now.plusDays(days);
        row.persist();
        audit.record(user, "token-created", "api-token", row.id, user.municipalityId(), name);
        return new NewApiToken(row.id, row.name, token, row.expiresAt);
    }

    @Transactional
    public List<ApiTokenView> list(AuthenticatedUser user) {
        OffsetDateTime now = OffsetDateTime.now();
        return ApiToken.ofUser(user.id()).stream()
                .map(t -> ApiTokenView.of(t, now))
                .toList();
    }

    /** Revokes one of the user's own tokens; anybody else's does not exist for them. */
    @Transactional
    public void revoke(AuthenticatedUser user, long id) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .filter(t -> t.userId == user.id())
                .orElseThrow(() -> new NotFoundException("API token", id));
        if (token.revokedAt == null) {
            token.revokedAt = OffsetDateTime.now();
            audit.record(user, "token-revoked", "api-token", token.id, user.municipalityId(), token.name);
        }
    }

    /** The user a token stands for, when it is known, unexpired, not revoked and its user active. */
    @Transactional
    public Optional<AuthenticatedUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> row = ApiToken.byHash(Tokens.sha256(token));
        OffsetDateTime now = OffsetDateTime.now();
        if (row.isEmpty() || !row.get().usable(now)) {
            return Optional.empty();
        }
        UserAccount account = UserAccount.findById(row.get().userId);
        if (account == null || !account.active) {
            return Optional.empty();
        }
        AuthenticatedUser user = users.of(account);
        OffsetDateTime last = row.get().lastUsedAt;
        if (last == null || now.isAfter(last.plus(TOUCH_INTERVAL))) {
            // one audit line per token per day is enough to see which scripts still run
            if (last == null || !last.toLocalDate().equals(now.toLocalDate())) {
                audit.record(user, "token-used", "api-token", row.get().id, user.municipalityId(), row.get().name);
            }
            row.get().lastUsedAt = now;
        }
        return Optional.of(user);
    }
}
