package nl.betrokken.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A personal API token of one user. Only the hash of the token is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false)
    public String name;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public boolean usable(OffsetDateTime now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    static List<ApiToken> ofUser(long userId) {
        return list("userId = ?1 order by createdAt desc, id desc", userId);
    }

    static Optional<ApiToken> byHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /** Revokes every token of the user that is not revoked yet; a revoked one keeps its first moment. */
    static void revokeAllOf(long userId, OffsetDateTime at) {
        update("revokedAt = ?1 where userId = ?2 and revokedAt is null", at, userId);
    }
}
