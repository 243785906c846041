package nl.betrokken.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A right password of an account with a second factor, waiting for the code; only the token's hash is kept. */
@Entity
@Table(name = "login_challenge")
class LoginChallenge extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    /** The user of an unexpired challenge; the database's clock decides, as for every other expiry. */
    static Optional<Long> userOf(String tokenHash) {
        return LoginChallenge.<LoginChallenge>find("tokenHash = ?1 and expiresAt > current_timestamp", tokenHash)
                .firstResultOptional()
                .map(c -> c.userId);
    }

    /** Removes the answered challenge and, while at it, every expired one. */
    static void deleteAnsweredAndExpired(String tokenHash) {
        delete("tokenHash = ?1 or expiresAt < current_timestamp", tokenHash);
    }
}
