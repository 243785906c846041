package nl.betrokken.waves;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Tuple;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    static long countOf(long waveInstitutionId) {
        return count("waveInstitutionId", waveInstitutionId);
    }

    /** Removes the codes of a wave institution that leaves its wave (none of them started a response). */
    static long deleteOf(long waveInstitutionId) {
        return delete("waveInstitutionId", waveInstitutionId);
    }

    /** How many codes each institution in a wave has, in one query; one without codes is missing. */
    static Map<Long, Long> countsOf(Collection<Long> waveInstitutionIds) {
        if (waveInstitutionIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select a.waveInstitutionId, count(a) from AccessCode a"
                                + " where a.waveInstitutionId in :ids group by a.waveInstitutionId",
                        Tuple.class)
                .setParameter("ids", waveInstitutionIds)
                .getResultStream()
                .collect(Collectors.toMap(t -> t.get(0, Long.class), t -> t.get(1, Long.class)));
    }

    /** The code with this hash, locked until the transaction ends, so that it starts one response only. */
    public static Optional<AccessCode> lockByHash(String codeHash) {
        return AccessCode.<AccessCode>find("codeHash", codeHash)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
