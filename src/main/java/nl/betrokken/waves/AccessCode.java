package nl.betrokken.waves;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A single-use code, stored as a hash; once it starts a response it belongs to that response. */
@Entity
@Table(name = "access_code")
public class AccessCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "wave_institution_id", nullable = false)
    public long waveInstitutionId;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(name = "response_id")
    public Long responseId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
