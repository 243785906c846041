package nl.betrokken.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.qr.QrCode;

/**
 * The second factor of a staff login: an authenticator app (TOTP) with ten recovery codes.
 * Required for administrators, and for a municipality's analysts when the municipality says so.
 */
@ApplicationScoped
public class TwoFactor {

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Betrokken";
    /** Recovery codes without letters that look alike (no 0/O, 1/l/I). */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the enrolment page shows: the QR code for the app and the same secret to type. */
    public record Enrolment(String secret, String uri, String qrSvg) {}

    private final SecurityConfig config;
    private final AuditLog audit;
    private final AuthenticatedUsers users;
    private final OrganisationDirectory organisations;

    public TwoFactor(
            SecurityConfig config, AuditLog audit, AuthenticatedUsers users, OrganisationDirectory organisations) {
        this.users = users;
        this.organisations = organisations;
        this.config = config;
        this.audit = audit;
    }

    public boolean enabled(UserAccount account) {
        return account.totpSecret != null;
    }

    @Transactional
    public boolean enabled(AuthenticatedUser user) {
        return enabled(UserAccount.<UserAccount>findById(user.id()));
    }

    /** Whether this user may do nothing before enrolling. */
    @Transactional
    public boolean required(AuthenticatedUser user) {
        if (user.is(Role.ADMINISTRATOR)) {
            return config.twoFactorForAdministrators();
        }
        if (user.is(Role.MUNICIPALITY_ANALYST) && user.municipalityId() != null) {
            return organisations.analystsNeedTwoFactor(user.municipalityId());
        }
        return false;
    }

    /** Starts (or restarts) enrolment: a new secret that counts only once its first code is right. */
    @Transactional
    public Enrolment start(AuthenticatedUser user) {
        UserAccount account = UserAccount.findById(user.id());
        if (enabled(account)) {
            throw new ConflictException(
                    "Two-factor login is already on; switch it off first to move it to another phone.",
                    "two_factor_already_on");
        }
        byte[] secret = Totp.newSecret();
        account.totpPendingSecret = Base32.encode(secret);
        return enrolment(account.username, secret);
    }

    /** The enrolment that is waiting for its first code, to show again after a wrong one. */
    @Transactional
    public Enrolment pending(AuthenticatedUser user) {
        UserAccount account = UserAccount.findById(user.id());
        return account.totpPendingSecret == null
                ? null
                : enrolment(account.username, Base32.decode(account.totpPendingSecret));
    }

    private static Enrolment enrolment(String username, byte[] secret) {
        String uri = Totp.uri(ISSUER, username, secret);
        return new Enrolment(
                grouped(Base32.encode(secret)),
                uri,
                QrCode.svg(uri, "QR-code om Betrokken toe te voegen aan uw authenticator-app"));
    }

    private static String grouped(String text) {
        return text.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The first code from the app: switches two-factor login on and returns the recovery codes, shown once. */
    @Transactional
    public List<String> confirm(AuthenticatedUser user, String code) {
        UserAccount account = UserAccount.findById(user.id());
        if (account.totpPendingSecret == null) {
            throw new InvalidFieldException("code", "start the enrolment first", "two_factor_start_first");
        }
        OptionalLong step = Totp.matchingStep(
                Base32.decode(account.totpPendingSecret), code, Instant.now().getEpochSecond(), 0);
        if (step.isEmpty()) {
            throw new InvalidFieldException(
                    "code",
                    "is not the code the app shows now; check the phone's clock and try the next one",
                    "two_factor_wrong_code");
        }
        account.totpSecret = account.totpPendingSecret;
        account.totpPendingSecret = null;
        account.totpEnabledAt = OffsetDateTime.now();
        account.totpLastStep = step.getAsLong();
        List<String> codes = newRecoveryCodes(account.id);
        audit.record(user, "two-factor-enabled", "user", account.id, account.municipalityId, null);
        return codes;
    }

    /** New recovery codes; the old ones stop working. */
    @Transactional
    public List<String> newRecoveryCodes(long userId) {
        RecoveryCode.deleteOf(userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            String text = code.substring(0, 5) + "-" + code.substring(5);
            RecoveryCode row = new RecoveryCode();
            row.userId = userId;
            row.codeHash = recoveryHash(userId, text);
            row.persist();
            codes.add(text);
        }
        return codes;
    }

    private static String recoveryHash(long userId, String code) {
        return Tokens.sha256("recovery:" + userId + ":"
                + code.strip().toLowerCase(Locale.ROOT).replace(" ", ""));
    }

    /**
     * Checks a second factor: a code of the app (each good once), or an unused recovery code (then
     * used up). Call it only after the password was right, and under a throttle.
     */
    @Transactional
    public boolean check(long userId, String typed) {
        UserAccount account = UserAccount.findById(userId);
        if (account == null || !enabled(account) || typed == null || typed.isBlank()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(
                Base32.decode(account.totpSecret), typed, Instant.now().getEpochSecond(), account.totpLastStep);
        if (step.isPresent()) {
            account.totpLastStep = step.getAsLong();
            return true;
        }
        String normalised = typed.strip().toLowerCase(Locale.ROOT);
        if (!normalised.contains("-") && normalised.length() == 10) {
            normalised = normalised.substring(0, 5) + "-" + normalised.substring(5);
        }
        RecoveryCode recovery = RecoveryCode.findUnused(userId, recoveryHash(userId, normalised))
                .orElse(null);
        if (recovery == null) {
            return false;
        }
        recovery.usedAt = OffsetDateTime.now();
        audit.record(
                users.of(account),
                "recovery-code-used",
                "user",
                account.id,
                account.municipalityId,
                RecoveryCode.countUnused(userId) + " left");
        return true;
    }

    /** Switches two-factor login off, when the role does not require it. */
    @Transactional
    public void disable(AuthenticatedUser user) {
        if (required(user)) {
            throw new ConflictException(
                    "Your role requires two-factor login; it cannot be switched off.", "two_factor_required");
        }
        UserAccount account = UserAccount.findById(user.id());
        account.totpSecret = null;
        account.totpPendingSecret = null;
        account.totpEnabledAt = null;
        RecoveryCode.deleteOf(account.id);
        audit.record(user, "two-factor-disabled", "user", account.id, account.municipalityId, null);
    }
}
