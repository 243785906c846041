package nl.betrokken.respond;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import nl.betrokken.definitions.answers.AnswerWay;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One respondent's answers to one wave at one institution, in a single JSONB document keyed by
 * item id ("t01:current" for an item answered in a mode). Timestamps are rounded to the hour and
 * nothing identifies the respondent: no address, no name, no device.
 */
@Entity
@Table(name = "response")
public class SurveyResponse extends PanacheEntityBase {

    public enum Status {
        IN_PROGRESS,
        SUBMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "questionnaire_version_id", nullable = false)
    public long questionnaireVersionId;

    @Column(name = "wave_institution_id")
    public Long waveInstitutionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> answers;

    public String language;

    /** The channel whose link it came by; null for the school's own link or codes. */
    @Column(name = "channel_id")
    public Long channelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_way", nullable = false)
    public AnswerWay answerWay = AnswerWay.SELF;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.IN_PROGRESS;

    /** Hash of the token in the respondent's cookie; the token itself is never stored. */
    @Column(name = "resume_token_hash")
    public String resumeTokenHash;

    /** Hash of the parent's own resume code (code waves only), until the response is sent. */
    @Column(name = "resume_code_hash")
    public String resumeCodeHash;

    @Column(name = "current_page")
    public String currentPage;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }

    static Optional<SurveyResponse> byResumeToken(String tokenHash, long waveInstitutionId) {
        return ofResumeToken(tokenHash, waveInstitutionId).firstResultOptional();
    }

    /** The response of a token, locked until the transaction ends, so that two requests of one parent take turns. */
    static Optional<SurveyResponse> lockByResumeToken(String tokenHash, long waveInstitutionId) {
        return ofResumeToken(tokenHash, waveInstitutionId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    private static PanacheQuery<SurveyResponse> ofResumeToken(String tokenHash, long waveInstitutionId) {
        return find("resumeTokenHash = ?1 and waveInstitutionId = ?2", tokenHash, waveInstitutionId);
    }

    /** The unsent response a parent's own resume code continues, locked until the transaction ends. */
    static Optional<SurveyResponse> lockInProgressByResumeCode(String resumeCodeHash) {
        return SurveyResponse.<SurveyResponse>find(
                        "resumeCodeHash = ?1 and status = ?2", resumeCodeHash, Status.IN_PROGRESS)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
