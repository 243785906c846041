package nl.betrokken.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An invitation link of a new user; only the hash of its token is stored. */
@Entity
@Table(name = "user_invitation")
public class UserInvitation extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    /** Replaces the user's earlier invitation, if any: only the newest link works. */
    static void replaceFor(long userId, String tokenHash, OffsetDateTime expiresAt) {
        delete("userId", userId);
        getEntityManager().flush();
        UserInvitation invitation = new UserInvitation();
        invitation.tokenHash = tokenHash;
        invitation.userId = userId;
        invitation.createdAt = OffsetDateTime.now();
        invitation.expiresAt = expiresAt;
        invitation.persist();
    }

    static Optional<UserInvitation> valid(String tokenHash, OffsetDateTime now) {
        return find("tokenHash = ?1 and expiresAt > ?2", tokenHash, now).firstResultOptional();
    }

    /** When the user's invitation expires, if one is open. */
    static Optional<OffsetDateTime> openFor(long userId, OffsetDateTime now) {
        return find("userId = ?1 and expiresAt > ?2", userId, now)
                .<UserInvitation>firstResultOptional()
                .map(i -> i.expiresAt);
    }
}
