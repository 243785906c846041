package nl.betrokken.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A login on one browser or client. Only the hash of its token is kept. */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public OffsetDateTime lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    static void deleteOf(long userId) {
        delete("userId", userId);
    }

    /** Ends every session of the user but the one with this token hash. */
    static void deleteOthersOf(long userId, String keepHash) {
        delete("userId = ?1 and tokenHash <> ?2", userId, keepHash);
    }
}
