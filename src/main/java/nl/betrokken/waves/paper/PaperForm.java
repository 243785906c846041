package nl.betrokken.waves.paper;

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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One printed questionnaire, known by the hash of the code on it. Entering it marks it entered (to
 * the hour); nothing links it to the response it became.
 */
@Entity
@Table(name = "paper_form")
public class PaperForm extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "wave_institution_id", nullable = false)
    public long waveInstitutionId;

    /** The channel the form went out through; null for the school's own. */
    @Column(name = "channel_id")
    public Long channelId;

    /** The language printed beside Dutch, or "nl" for Dutch alone; the response gets it. */
    @Column(nullable = false)
    public String language;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(name = "printed_at", nullable = false)
    public OffsetDateTime printedAt;

    @Column(name = "entered_at")
    public OffsetDateTime enteredAt;

    public boolean entered() {
        return enteredAt != null;
    }

    /** The form with this code hash, locked until the transaction ends, so that it is entered once only. */
    public static Optional<PaperForm> lockByHash(String codeHash) {
        return PaperForm.<PaperForm>find("codeHash", codeHash)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    static boolean exists(String codeHash) {
        return count("codeHash", codeHash) > 0;
    }

    /** Printed and entered forms of one school's part of a wave. */
    public record Tally(long printed, long entered) {
        public static final Tally NONE = new Tally(0, 0);
    }

    /** The tallies of these schools' parts of a wave, in one query; one without forms is missing. */
    public static Map<Long, Tally> tallies(Collection<Long> waveInstitutionIds) {
        Map<Long, Tally> tallies = new HashMap<>();
        if (waveInstitutionIds.isEmpty()) {
            return tallies;
        }
        getEntityManager()
                .createQuery(
                        "select p.waveInstitutionId, count(p), count(p.enteredAt) from PaperForm p"
                                + " where p.waveInstitutionId in :ids group by p.waveInstitutionId",
                        Tuple.class)
                .setParameter("ids", waveInstitutionIds)
                .getResultStream()
                .forEach(t -> tallies.put(t.get(0, Long.class), new Tally(t.get(1, Long.class), t.get(2, Long.class))));
        return tallies;
    }
}
