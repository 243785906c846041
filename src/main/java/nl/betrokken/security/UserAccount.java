package nl.betrokken.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** Someone who logs in: an administrator, or a user bound to one municipality, board or institution. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "municipality_id")
    public Long municipalityId;

    @Column(name = "board_id")
    public Long boardId;

    @Column(name = "institution_id")
    public Long institutionId;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword;

    /** Base32 secret of the authenticator app, once its first code was right; null without a second factor. */
    @Column(name = "totp_secret")
    public String totpSecret;

    @Column(name = "totp_pending_secret")
    public String totpPendingSecret;

    @Column(name = "totp_enabled_at")
    public OffsetDateTime totpEnabledAt;

    @Column(name = "totp_last_step", nullable = false)
    public long totpLastStep;

    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    public OffsetDateTime passwordChangedAt = OffsetDateTime.now();

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static void recordLogin(long id, OffsetDateTime at) {
        update("lastLoginAt = ?1 where id = ?2", at, id);
    }

    public static Optional<UserAccount> findByUsername(String username) {
        return find("username", Usernames.normalise(username)).firstResultOptional();
    }

    /** Whether another account than {@code exceptId} has this (normalised) username. */
    static boolean usernameTaken(String username, long exceptId) {
        return count("username = ?1 and id <> ?2", username, exceptId) > 0;
    }
}
