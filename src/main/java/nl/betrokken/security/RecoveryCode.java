package nl.betrokken.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One single-use code for logging in without the phone. Only its hash is kept. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    static Optional<RecoveryCode> findUnused(long userId, String codeHash) {
        return find("userId = ?1 and codeHash = ?2 and usedAt is null", userId, codeHash)
                .firstResultOptional();
    }

    static long countUnused(long userId) {
        return count("userId = ?1 and usedAt is null", userId);
    }

    static void deleteOf(long userId) {
        delete("userId", userId);
    }
}
