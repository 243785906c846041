package nl.betrokken.waves;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A single-use code, stored as a hash; it starts one response and is then only "used", never linked to it. */
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

    /** When the code started its response, to the hour; null while unused. */
    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
