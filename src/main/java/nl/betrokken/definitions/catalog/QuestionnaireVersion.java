package nl.betrokken.definitions.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** One loaded version of a questionnaire with the file text it came from. */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "questionnaire_id", nullable = false)
    public String questionnaireId;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String audience;

    /** SHA-256 of the parsed content, so comments and layout can change without counting as a change. */
    @Column(nullable = false)
    public String checksum;

    @Column(name = "source_file", nullable = false)
    public String sourceFile;

    @Column(nullable = false)
    public String source;

    @CreationTimestamp
    @Column(name = "loaded_at", nullable = false, updatable = false)
    public OffsetDateTime loadedAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Optional<QuestionnaireVersion> find(String questionnaireId, int version) {
        return find("questionnaireId = ?1 and version = ?2", questionnaireId, version)
                .firstResultOptional();
    }

    /** The highest version stored of a questionnaire; null when none is. */
    static Integer highestVersionOf(String questionnaireId) {
        return getEntityManager()
                .createQuery(
                        "select max(v.version) from QuestionnaireVersion v where v.questionnaireId = :id",
                        Integer.class)
                .setParameter("id", questionnaireId)
                .getSingleResult();
    }
}
