package nl.betrokken.security;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

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
}
